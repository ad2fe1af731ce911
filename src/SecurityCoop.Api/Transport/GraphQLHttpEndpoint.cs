using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using SecurityCoop.Api.GraphiQL;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body, GET with query parameters (queries only),
/// responses as <c>application/graphql-response+json</c> or <c>application/json</c>. Requests that are not
/// well-formed, and documents that break a limit, do not parse or do not validate, get 4xx with an <c>errors</c>
/// list, a stable code and no data. A request runs at most <see cref="GraphQLOptions.ExecutionTimeout"/>, and stops
/// when its client goes away.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        app.Map(Path, HandleAsync).RequireRateLimiting(WebSecurity.GraphQLPolicy).RequireCors(WebSecurity.CorsPolicy);
        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        var options = context.RequestServices.GetRequiredService<GraphQLOptions>();
        if (options.GraphiQL && GraphiQLEndpoint.IsWanted(request))
        {
            await GraphiQLEndpoint.WriteAsync(context.Response);
            return;
        }
        var mediaType = MediaTypes.Negotiate(request);
        var log = context.RequestServices.GetRequiredService<GraphQLRequestLog>();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        GraphQLOperationDefinition? logged = null;
        GraphQLHttpRequest? asked = null;
        object? cost = null;
        IEnumerable<string> codes = [];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(options.ExecutionTimeout);
        try
        {
            if (mediaType is null)
                throw new RequestException(406, $"Accept must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.", RequestErrorCodes.NotAcceptable);
            var persisted = context.RequestServices.GetRequiredService<PersistedQueries>();
            var parameters = asked = persisted.Resolve(await ReadAsync(context, serializer, options, timeout.Token));
            var cache = context.RequestServices.GetRequiredService<DocumentCache>();
            var cached = cache.Find(parameters.Query, parameters.OperationName);
            var (document, operation) = cached is { } hit ? (hit.Document, hit.Operation)
                : context.RequestServices.GetRequiredService<DocumentGuard>().Check(parameters.Query, parameters.OperationName);
            logged = operation;
            if (HttpMethods.IsGet(request.Method) && operation is { Operation: not OperationType.Query })
                throw new RequestException(405, "Only queries can be sent with GET.", RequestErrorCodes.MethodNotAllowed);
            DocumentGuard.RequireQuery(operation);
            (var result, cost) = await ExecuteAsync(context, parameters, document, cached, timeout.Token);
            codes = result.Errors?.Select(e => e.Code ?? "ERROR") ?? [];
            if (cached is null && result.Executed)
                cache.Remember(parameters.Query, parameters.OperationName, document, operation, cost);
            if (result.Executed)
                persisted.Remember(parameters);
            await WriteAsync(context.Response, mediaType, result.Executed ? 200 : 400, result, serializer);
        }
        catch (RequestException e)
        {
            codes = [e.Code];
            if (e.Status == 405)
                context.Response.Headers.Allow = HttpMethods.IsGet(request.Method) ? "POST" : "GET, POST";
            await WriteErrorAsync(context.Response, mediaType ?? MediaTypes.Json, e.Status, e.Code, e.Message, serializer);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
        {
            codes = [RequestErrorCodes.Timeout];
            await WriteErrorAsync(context.Response, mediaType ?? MediaTypes.Json, 400, RequestErrorCodes.Timeout,
                $"The request ran longer than {options.ExecutionTimeout.TotalSeconds:0} s (GraphQL:ExecutionTimeout) and was stopped; ask for less (smaller first, k or maxHops) or split it.", serializer);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody is left to answer.
            codes = ["CLIENT_GONE"];
        }
        finally
        {
            log.Answered(logged, asked?.OperationName, context.Response.StatusCode, System.Diagnostics.Stopwatch.GetElapsedTime(started), cost, codes);
        }
    }

    private static async Task<GraphQLHttpRequest> ReadAsync(HttpContext context, IGraphQLSerializer serializer, GraphQLOptions options, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
            return GraphQLHttpRequest.FromQueryString(request.Query, serializer);
        if (!HttpMethods.IsPost(request.Method))
            throw new RequestException(405, "Use GET or POST for GraphQL requests.", RequestErrorCodes.MethodNotAllowed);
        if (!MediaTypes.IsJsonBody(request))
            throw new RequestException(415, $"POST bodies must be {MediaTypes.Json} (UTF-8).", RequestErrorCodes.UnsupportedMediaType);
        return await GraphQLHttpRequest.FromBodyAsync(request, serializer, options.MaxBodyBytes, cancellationToken);
    }

    /// <summary>Runs the document; a cached one skips the validation it has passed (<see cref="DocumentCache"/>). Also gives the estimated cost.</summary>
    private static async Task<(ExecutionResult Result, object? Cost)> ExecuteAsync(HttpContext context, GraphQLHttpRequest parameters, GraphQLDocument document,
        DocumentCache.Entry? cached, CancellationToken cancellationToken)
    {
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<SecurityCoopSchema>>();
        var userContext = new Dictionary<string, object?>();
        if (cached is not null)
            userContext[DocumentCache.EntryKey] = cached;
        if (cached is { CostIsStatic: true })
            userContext[GraphQLRegistration.CostKey] = cached.Cost;
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = parameters.Query;
            options.Document = document;
            options.OperationName = parameters.OperationName;
            options.Variables = parameters.Variables;
            options.Extensions = parameters.Extensions;
            options.RequestServices = context.RequestServices;
            options.User = context.User;
            options.UserContext = userContext;
            options.CancellationToken = cancellationToken;
        });
        cancellationToken.ThrowIfCancellationRequested();
        var cost = userContext.GetValueOrDefault(GraphQLRegistration.CostKey);
        if (WantsCost(parameters.Extensions) && cost is not null)
        {
            result.Extensions ??= [];
            result.Extensions["cost"] = new Dictionary<string, object?>
            {
                ["estimated"] = cost,
                ["limit"] = context.RequestServices.GetRequiredService<GraphQLOptions>().MaxComplexity,
            };
        }
        return (result, cost);
    }

    /// <summary>A request asks for its cost with <c>"extensions": {"cost": true}</c>.</summary>
    private static bool WantsCost(Inputs? extensions) => extensions?.TryGetValue("cost", out var wanted) == true && wanted is true;

    private static Task WriteErrorAsync(HttpResponse response, string mediaType, int status, string code, string message, IGraphQLSerializer serializer) =>
        WriteAsync(response, mediaType, status, new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] }, serializer);

    private static async Task WriteAsync(HttpResponse response, string mediaType, int status, ExecutionResult result, IGraphQLSerializer serializer)
    {
        response.StatusCode = status;
        response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, response.HttpContext.RequestAborted);
    }
}
