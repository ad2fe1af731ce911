using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Analysts;

namespace SecurityCoop.Api.Analysts;

/// <summary>
/// <c>POST /cypher</c>: an analyst's read-only Cypher with parameters, behind an API key (<c>X-Api-Key</c>), on the
/// Neo4j store only. Every statement leaves one audit log line: who, the statement's SHA-256, duration, rows, outcome.
/// </summary>
internal static partial class AnalystCypherEndpoint
{
    public const string Path = "/cypher";

    public static WebApplication MapAnalystCypher(this WebApplication app)
    {
        app.MapPost(Path, HandleAsync).RequireRateLimiting(Transport.WebSecurity.CypherPolicy);
        return app;
    }

    private static async Task HandleAsync(HttpContext context, IOptions<AnalystCypherOptions> options, ILoggerFactory loggers)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger("SecurityCoop.AnalystCypher");
        var who = Caller(context, settings);
        if (who is null)
        {
            await ErrorAsync(context, 401, "UNAUTHORIZED", "Send a valid analyst API key in the X-Api-Key header.");
            return;
        }
        var runner = context.RequestServices.GetService<AnalystQueryRunner>();
        if (runner is null)
        {
            await ErrorAsync(context, 501, "CYPHER_NEEDS_NEO4J", "Analyst Cypher runs only on the Neo4j store; this server uses the embedded store (set GraphStore:Provider=Neo4j).");
            return;
        }
        var (statement, parameters) = await ReadAsync(context);
        if (statement is null)
        {
            await ErrorAsync(context, 400, "BAD_REQUEST", "Send a JSON object {\"statement\": \"MATCH ...\", \"parameters\": {...}}.");
            return;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(statement)));
        var clock = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            var result = await runner.RunAsync(statement, parameters, settings.RowCap, timeout.Token);
            LogAudit(logger, who, hash, clock.ElapsedMilliseconds, result.Rows.Count, "ok");
            await WriteResultAsync(context, result);
        }
        catch (StoreException e)
        {
            LogAudit(logger, who, hash, clock.ElapsedMilliseconds, 0, e.Code);
            await ErrorAsync(context, e.Code is CypherGuard.Rejected or "CYPHER_NOT_READ_ONLY" or "STORE_QUERY_FAILED" ? 400 : 503, e.Code, e.Message);
        }
        catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogAudit(logger, who, hash, clock.ElapsedMilliseconds, 0, "timeout");
            await ErrorAsync(context, 504, "CYPHER_TIMEOUT", $"The statement ran past {settings.Timeout.TotalSeconds:0.#} s; narrow it or add a LIMIT.");
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

    private static async Task<(string? Statement, Dictionary<string, object?> Parameters)> ReadAsync(HttpContext context)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("statement", out var s) || s.ValueKind != JsonValueKind.String)
                return (null, []);
            var parameters = root.TryGetProperty("parameters", out var p) && p.ValueKind == JsonValueKind.Object
                ? p.EnumerateObject().ToDictionary(x => x.Name, x => (object?)x.Value.Clone())
                : [];
            return (s.GetString(), parameters);
        }
        catch (JsonException)
        {
            return (null, []);
        }
    }

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
