using SecurityCoop.Api.Dates;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Exports;

/// <summary>
/// <c>GET /export/{format}</c>: a downloadable export with the format's media type and a file name, written straight
/// to the response. Query parameters: <c>scope</c> (whole, ego, overlap, paths, linkage; ego when <c>center</c> is
/// given), <c>center</c>, <c>depth</c>, <c>bodies</c>, <c>from</c>, <c>to</c>, <c>k</c>, <c>nodeTypes</c>,
/// <c>relationTypes</c>, <c>asOf</c>, <c>includeUnestablished</c>, and <c>layout</c> (<c>none</c> or <c>force</c>,
/// as the GraphQL export's argument).
/// </summary>
internal static class ExportEndpoint
{
    public static WebApplication MapExports(this WebApplication app)
    {
        app.MapGet("/export/{format}", HandleAsync).RequireRateLimiting(Transport.WebSecurity.ExportPolicy).RequireCors(Transport.WebSecurity.CorsPolicy);
        return app;
    }

    private static async Task HandleAsync(HttpContext context, string format, ExportBuilder builder)
    {
        if (!NetworkWriters.Default.TryGet(format, out var writer))
        {
            await ErrorAsync(context, 404, "UNKNOWN_FORMAT", $"No export format '{format}'; use one of {string.Join(", ", NetworkWriters.Default.Formats)}.");
            return;
        }
        NetworkDocument document;
        ExportScope scope;
        try
        {
            scope = Parse(context.Request.Query);
            document = await builder.BuildAsync(scope, Layout(context.Request.Query), context.RequestAborted);
        }
        catch (StoreException e)
        {
            await ErrorAsync(context, e.Code == ErrorCodes.NodeNotFound ? 404 : 400, e.Code, e.Message);
            return;
        }
        context.Response.ContentType = writer.MediaType.Contains("charset", StringComparison.Ordinal) ? writer.MediaType : writer.MediaType + "; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(scope, writer)}\"";
        await writer.WriteAsync(document, context.Response.Body, context.RequestAborted);
    }

    public static string FileName(ExportScope scope, INetworkWriter writer)
    {
        var subject = scope.Center ?? (scope.Bodies is { Count: > 0 } b ? string.Join("+", b) : scope.From is null ? null : $"{scope.From}-{scope.To}");
        var name = string.Join("-", new[] { "securitycoop", scope.Kind.ToString().ToLowerInvariant(), subject, scope.AsOf?.ToString(), writer.Format }
            .Where(p => !string.IsNullOrEmpty(p)));
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '+' ? c : '_')]) + writer.FileExtension;
    }

    private static ExportScope Parse(IQueryCollection query)
    {
        string? Text(string key) => query.TryGetValue(key, out var v) && v.ToString().Length > 0 ? v.ToString() : null;
        var center = Text("center");
        var kindText = Text("scope") ?? (center is null ? "whole" : "ego");
        if (!Enum.TryParse<ExportScopeKind>(kindText, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            throw StoreException.Invalid($"'scope' must be one of whole, ego, overlap, paths, linkage; it was '{kindText}'.");
        return new ExportScope(kind, center, Number(Text("depth"), "depth", kind == ExportScopeKind.Linkage ? 2 : 1),
            Text("bodies")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Text("from"), Text("to"), Number(Text("k"), "k", 3),
            List(Text("nodeTypes"), "nodeTypes", (string s, out NodeType t) => NodeTypes.TryParse(s, out t, ignoreCase: true)),
            List(Text("relationTypes"), "relationTypes", (string s, out RelationType t) => RelationTypes.TryParse(s.ToUpperInvariant(), out t)),
            Text("asOf") is { } asOf ? PartialDate.TryParse(asOf, out var date) ? date : throw new StoreException(ErrorCodes.BadDate, $"'{asOf}' is not a date. {PartialDateGraphType.Hint}") : null,
            string.Equals(Text("includeUnestablished"), "true", StringComparison.OrdinalIgnoreCase));
    }

    private static ExportLayout Layout(IQueryCollection query)
    {
        var text = query.TryGetValue("layout", out var v) && v.ToString().Length > 0 ? v.ToString() : "none";
        return Enum.TryParse<ExportLayout>(text, ignoreCase: true, out var layout) && Enum.IsDefined(layout) && !int.TryParse(text, out _)
            ? layout
            : throw StoreException.Invalid($"'layout' must be none or force; it was '{text}'.");
    }

    private delegate bool Parser<T>(string text, out T value);

    private static HashSet<T>? List<T>(string? text, string name, Parser<T> parse)
    {
        if (text is null)
            return null;
        var values = new HashSet<T>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            values.Add(parse(part, out var value) ? value : throw StoreException.Invalid($"'{part}' in '{name}' is not known; see the {name} in schema.graphql (e.g. STATE, MEMBER_OF)."));
        return values;
    }

    private static int Number(string? text, string name, int fallback) =>
        text is null ? fallback : int.TryParse(text, out var n) ? n : throw StoreException.Invalid($"'{name}' must be a whole number; it was '{text}'.");

    private static async Task ErrorAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } });
    }
}
