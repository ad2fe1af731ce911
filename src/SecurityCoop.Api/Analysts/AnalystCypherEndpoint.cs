using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SecurityCoop.Api.Transport;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Analysts;

namespace SecurityCoop.Api.Analysts;

/// <summary>
/// <c>POST /cypher</c>: an analyst's read-only Cypher with parameters, behind an API key (<c>X-Api-Key</c>), on the
/// Neo4j store only. The statement passes <see cref="CypherGuard"/> on every store, so a refused write is refused
/// the same way before the embedded store says it needs Neo4j. Every request leaves one audit log line, whatever
/// its outcome: who (or <c>-</c>), the statement's SHA-256, duration, rows, outcome.
/// </summary>
internal static partial class AnalystCypherEndpoint
{
    public const string Path = "/cypher";

    public static WebApplication MapAnalystCypher(this WebApplication app)
    {
        app.MapPost(Path, HandleAsync).RequireRateLimiting(WebSecurity.CypherPolicy);
        return app;
    }

    /// <summary>A refusal: the HTTP status, its code and what to do.</summary>
    private sealed class Refusal(int status, string code, string message) : Exception(message)
    {
        public int Status { get; } = status;

        public string Code { get; } = code;
    }

    private static async Task HandleAsync(HttpContext context, IOptions<AnalystCypherOptions> options, ILoggerFactory loggers)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger("SecurityCoop.AnalystCypher");
        var who = Caller(context, settings);
        var hash = "-";
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            if (who is null)
                throw new Refusal(401, "UNAUTHORIZED", "Send a valid analyst API key in the X-Api-Key header.");
            var (statement, parameters) = await ReadAsync(context, settings.MaxBodyBytes);
            hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(statement)));
            CypherGuard.CheckText(statement);
            var runner = context.RequestServices.GetService<AnalystQueryRunner>()
                ?? throw new Refusal(501, "CYPHER_NEEDS_NEO4J", "Analyst Cypher runs only on the Neo4j store; this server uses the embedded store (set GraphStore:Provider=Neo4j).");
            var result = await runner.RunAsync(statement, parameters, settings.RowCap, timeout.Token);
            LogAudit(logger, who, hash, clock.ElapsedMilliseconds, result.Rows.Count, "ok");
            await WriteResultAsync(context, result);
        }
        catch (Refusal e)
        {
            LogAudit(logger, who ?? "-", hash, clock.ElapsedMilliseconds, 0, e.Code);
            await ErrorAsync(context, e.Status, e.Code, e.Message);
        }
        catch (RequestException e)
        {
            LogAudit(logger, who ?? "-", hash, clock.ElapsedMilliseconds, 0, e.Code);
            await ErrorAsync(context, e.Status, e.Code, e.Message);
        }
        catch (StoreException e)
        {
            LogAudit(logger, who ?? "-", hash, clock.ElapsedMilliseconds, 0, e.Code);
            await ErrorAsync(context, e.Code is CypherGuard.Rejected or "CYPHER_NOT_READ_ONLY" or "STORE_QUERY_FAILED" ? 400 : 503, e.Code, e.Message);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogAudit(logger, who ?? "-", hash, clock.ElapsedMilliseconds, 0, "CYPHER_TIMEOUT");
            await ErrorAsync(context, 400, "CYPHER_TIMEOUT", $"The statement ran past {settings.Timeout.TotalSeconds:0.#} s (AnalystCypher:Timeout); narrow it or add a LIMIT.");
        }
        catch (OperationCanceledException)
        {
            LogAudit(logger, who ?? "-", hash, clock.ElapsedMilliseconds, 0, "client-gone");
        }
    }

    /// <summary>The name of the key the request carries, compared in constant time; null when none matches.</summary>
    private static string? Caller(HttpContext context, AnalystCypherOptions settings)
    {
        var key = Encoding.UTF8.GetBytes(context.Request.Headers["X-Api-Key"].ToString());
        if (key.Length == 0)
            return null;
        return settings.Keys.FirstOrDefault(k => k.Value.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k.Value), key)).Key;
    }

    /// <summary>The statement and its parameters from a body of at most <paramref name="maxBytes"/>, read however it is sent.</summary>
    private static async Task<(string Statement, Dictionary<string, object?> Parameters)> ReadAsync(HttpContext context, int maxBytes)
    {
        using var body = await RequestBody.ReadJsonAsync(context.Request, maxBytes, context.RequestAborted);
        try
        {
            var root = body.Root;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statement", out var s) || s.ValueKind != JsonValueKind.String)
                throw BadRequest();
            var statement = s.GetString()!;
            var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (root.TryGetProperty("parameters", out var p) && p.ValueKind != JsonValueKind.Null)
            {
                if (p.ValueKind != JsonValueKind.Object)
                    throw new Refusal(400, RequestErrorCodes.BadRequest, "'parameters' must be a JSON object (a map) or null.");
                foreach (var parameter in p.EnumerateObject())
                {
                    if (!parameters.TryAdd(parameter.Name, parameter.Value.Clone()))
                        throw new Refusal(400, RequestErrorCodes.BadRequest, $"The parameter '{parameter.Name}' is given more than once; give each parameter once.");
                }
            }
            return (statement, parameters);
        }
        catch (InvalidOperationException)
        {
            throw new Refusal(400, RequestErrorCodes.BadEncoding, "The body holds a string that is not valid Unicode (a \\u escape for half of a surrogate pair); send valid Unicode text.");
        }
    }

    private static Refusal BadRequest() =>
        new(400, RequestErrorCodes.BadRequest, "Send a JSON object {\"statement\": \"MATCH ...\", \"parameters\": {...}}.");

    private static async Task WriteResultAsync(HttpContext context, AnalystResult result)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WritePropertyName("fields");
        AnalystResultJson.WriteValue(writer, result.Fields.Cast<object?>().ToList());
        writer.WritePropertyName("rows");
        AnalystResultJson.WriteValue(writer, result.Rows.Cast<object?>().ToList());
        writer.WriteBoolean("truncated", result.Truncated);
        writer.WriteEndObject();
    }

    private static async Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "analyst cypher: who={Who} sha256={Hash} durationMs={DurationMs} rows={Rows} outcome={Outcome}")]
    private static partial void LogAudit(ILogger logger, string who, string hash, long durationMs, int rows, string outcome);
}
