using GraphQL;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using SecurityCoop.Api.GraphiQL;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// GraphQL over HTTP at <c>/graphql</c>: POST with a JSON body, GET with query parameters (queries only),
/// responses as <c>application/graphql-response+json</c> or <c>application/json</c>. Requests that are not
/// well-formed, and documents that do not parse or validate, get 4xx with an <c>errors</c> list and no data.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static WebApplication MapGraphQLEndpoint(this WebApplication app)
    {
        app.Map(Path, HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLSerializer>();
        if (GraphiQLEndpoint.IsWanted(request))
        {
            await GraphiQLEndpoint.WriteAsync(context.Response);
            return;
        }
        var mediaType = MediaTypes.Negotiate(request);
        try
        {
            if (mediaType is null)
                throw new RequestException(406, $"Accept must allow {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            var parameters = await ReadAsync(context, serializer);
            var result = await ExecuteAsync(context, parameters);
            await WriteAsync(context.Response, mediaType, result.Executed ? 200 : 400, result, serializer);
        }
        catch (RequestException e)
        {
            if (e.Status == 405)
                context.Response.Headers.Allow = HttpMethods.IsGet(request.Method) ? "POST" : "GET, POST";
            var error = new ExecutionResult { Errors = [new ExecutionError(e.Message) { Code = "BAD_REQUEST" }] };
            await WriteAsync(context.Response, mediaType ?? MediaTypes.Json, e.Status, error, serializer);
        }
    }

    private static async Task<GraphQLHttpRequest> ReadAsync(HttpContext context, IGraphQLSerializer serializer)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            var parameters = GraphQLHttpRequest.FromQueryString(request.Query, serializer);
            if (SelectedOperation(parameters) is OperationType.Mutation or OperationType.Subscription)
                throw new RequestException(405, "Only queries can be sent with GET; send mutations with POST.");
            return parameters;
        }
        if (!HttpMethods.IsPost(request.Method))
            throw new RequestException(405, "Use GET or POST for GraphQL requests.");
        if (!MediaTypes.IsJsonBody(request))
            throw new RequestException(415, $"POST bodies must be {MediaTypes.Json} (UTF-8).");
        return await GraphQLHttpRequest.FromBodyAsync(request, serializer, context.RequestAborted);
    }

    /// <summary>The operation a GET would run, or null when the document does not parse (execution reports that).</summary>
    private static OperationType? SelectedOperation(GraphQLHttpRequest parameters)
    {
        try
        {
            var operations = Parser.Parse(parameters.Query).Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = parameters.OperationName is { Length: > 0 } name
                ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
                : operations.Count == 1 ? operations[0] : null;
            return chosen?.Operation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static Task<ExecutionResult> ExecuteAsync(HttpContext context, GraphQLHttpRequest parameters)
    {
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<SecurityCoopSchema>>();
        return executer.ExecuteAsync(options =>
        {
            options.Query = parameters.Query;
            options.OperationName = parameters.OperationName;
            options.Variables = parameters.Variables;
            options.Extensions = parameters.Extensions;
            options.RequestServices = context.RequestServices;
            options.User = context.User;
            options.CancellationToken = context.RequestAborted;
        });
    }

    private static async Task WriteAsync(HttpResponse response, string mediaType, int status, ExecutionResult result, IGraphQLSerializer serializer)
    {
        response.StatusCode = status;
        response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(response.Body, result, response.HttpContext.RequestAborted);
    }
}
