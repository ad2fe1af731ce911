using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>Reads a Query API response body: <c>data.fields</c> and <c>data.values</c>, or <c>errors</c>.</summary>
public static partial class QueryApiResponse
{
    public static QueryResult Parse(int httpStatus, string body, ILogger logger)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(string.IsNullOrWhiteSpace(body) ? "{}" : body);
        }
        catch (JsonException)
        {
            throw QueryApiErrors.From(null, null, httpStatus is >= 200 and < 300 ? 502 : httpStatus);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                LogError(logger, httpStatus, code, message);
                var error = QueryApiErrors.From(code, message, httpStatus);
                throw QueryApiErrors.IsTransient(code, httpStatus) ? new TransientException(error) : error;
            }
            if (httpStatus is < 200 or >= 300 || !root.TryGetProperty("data", out var data))
            {
                LogError(logger, httpStatus, null, null);
                var error = QueryApiErrors.From(null, null, httpStatus);
                throw QueryApiErrors.IsTransient(null, httpStatus) ? new TransientException(error) : error;
            }
            var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
            var rows = data.GetProperty("values").EnumerateArray()
                .Select(row => (IReadOnlyList<object?>)[.. row.EnumerateArray().Select(TypedJson.Read)]).ToList();
            var plan = root.TryGetProperty("queryPlan", out var queryPlan) || root.TryGetProperty("profiledQueryPlan", out queryPlan)
                ? Operators(queryPlan).ToList() : null;
            var bookmarks = root.TryGetProperty("bookmarks", out var marks) && marks.ValueKind == JsonValueKind.Array
                ? marks.EnumerateArray().Where(b => b.ValueKind == JsonValueKind.String).Select(b => b.GetString()!).ToList() : null;
            return new QueryResult(fields, rows, plan, bookmarks);
        }
    }

    private static IEnumerable<string> Operators(JsonElement plan)
    {
        if (plan.ValueKind != JsonValueKind.Object)
            yield break;
        if (plan.TryGetProperty("operatorType", out var type) && type.GetString() is { } name)
            yield return name;
        if (plan.TryGetProperty("children", out var children) && children.ValueKind == JsonValueKind.Array)
        {
            foreach (var child in children.EnumerateArray().SelectMany(Operators))
                yield return child;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Neo4j answered HTTP {Status} with {Code}: {Message}")]
    private static partial void LogError(ILogger logger, int status, string? code, string? message);
}
