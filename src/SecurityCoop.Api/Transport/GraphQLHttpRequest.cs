using System.Text.Json;
using GraphQL;

namespace SecurityCoop.Api.Transport;

/// <summary>The parameters of a GraphQL-over-HTTP request, from a GET query string or a POST JSON body.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    private const int MaxBodyBytes = 1 << 20;

    public static GraphQLHttpRequest FromQueryString(IQueryCollection query, IGraphQLSerializer serializer)
    {
        foreach (var key in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query[key].Count > 1)
                throw new RequestException(400, $"The '{key}' parameter is given more than once.");
        }
        var text = query["query"].ToString();
        return new GraphQLHttpRequest(
            text.Length > 0 ? text : throw new RequestException(400, "The request has no 'query' parameter; send the GraphQL document in it."),
            query.TryGetValue("operationName", out var name) ? name.ToString() : null,
            ParseMap(query["variables"].ToString(), "variables", serializer),
            ParseMap(query["extensions"].ToString(), "extensions", serializer));
    }

    public static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
            throw new RequestException(413, $"The request body is larger than {MaxBodyBytes} bytes.");
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new RequestException(400, $"The request body is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
                throw new RequestException(400, "Batched requests are not supported; send one operation per request.");
            if (root.ValueKind != JsonValueKind.Object)
                throw new RequestException(400, "The request body must be a JSON object with a 'query' string.");
            return new GraphQLHttpRequest(
                RequiredString(root, "query"),
                OptionalString(root, "operationName"),
                OptionalMap(root, "variables", serializer),
                OptionalMap(root, "extensions", serializer));
        }
    }

    private static string RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new RequestException(400, $"The request needs a non-empty '{name}' string holding the GraphQL document.");

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new RequestException(400, $"'{name}' must be a string or null.");

    private static Inputs? OptionalMap(JsonElement root, string name, IGraphQLSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? serializer.ReadNode<Inputs>(value)
        : throw new RequestException(400, $"'{name}' must be a JSON object (a map) or null.");

    private static Inputs? ParseMap(string text, string name, IGraphQLSerializer serializer)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.Object => serializer.ReadNode<Inputs>(document.RootElement),
                _ => throw new RequestException(400, $"'{name}' must be a JSON object (a map) or null."),
            };
        }
        catch (JsonException)
        {
            throw new RequestException(400, $"'{name}' is not valid JSON; send a JSON object.");
        }
    }
}

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request; answered before any execution.</summary>
internal sealed class RequestException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}
