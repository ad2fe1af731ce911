using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// The parameters of a GraphQL-over-HTTP request, from a GET query string or a POST JSON body. <see cref="Query"/> is
/// empty only when the request names a persisted query instead (<see cref="PersistedQueries"/>).
/// </summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
{
    public static GraphQLHttpRequest FromQueryString(IQueryCollection query, IGraphQLSerializer serializer)
    {
        foreach (var key in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query[key].Count > 1)
                throw new RequestException(400, $"The '{key}' parameter is given more than once.");
        }
        var text = query["query"].ToString();
        var extensions = ParseMap(query["extensions"].ToString(), "extensions", serializer);
        return new GraphQLHttpRequest(
            text.Length > 0 || PersistedQueries.Names(extensions) ? text : throw new RequestException(400, "The request has no 'query' parameter; send the GraphQL document in it."),
            query.TryGetValue("operationName", out var name) ? name.ToString() : null,
            ParseMap(query["variables"].ToString(), "variables", serializer),
            extensions);
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> of the body, whatever it declares (chunked bodies included).</summary>
    public static async Task<GraphQLHttpRequest> FromBodyAsync(HttpRequest request, IGraphQLSerializer serializer, int maxBytes, CancellationToken cancellationToken)
    {
        using var body = await RequestBody.ReadJsonAsync(request, maxBytes, cancellationToken);
        return FromJson(body.Root, serializer);
    }

    private static GraphQLHttpRequest FromJson(JsonElement root, IGraphQLSerializer serializer)
    {
        if (root.ValueKind == JsonValueKind.Array)
            throw new RequestException(400, "Batched requests are not supported; send one operation per request.");
        if (root.ValueKind != JsonValueKind.Object)
            throw new RequestException(400, "The request body must be a JSON object with a 'query' string.");
        var extensions = OptionalMap(root, "extensions", serializer);
        return new GraphQLHttpRequest(
            PersistedQueries.Names(extensions) && !root.TryGetProperty("query", out _) ? "" : RequiredString(root, "query"),
            OptionalString(root, "operationName"),
            OptionalMap(root, "variables", serializer),
            extensions);
    }

    private static string RequiredString(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && Text(value, name) is { Length: > 0 } text
            ? text
            : throw new RequestException(400, $"The request needs a non-empty '{name}' string holding the GraphQL document.");

    private static string? OptionalString(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? Text(value, name)
        : throw new RequestException(400, $"'{name}' must be a string or null.");

    private static Inputs? OptionalMap(JsonElement root, string name, IGraphQLSerializer serializer) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Object ? ReadMap(value, name, serializer)
        : throw new RequestException(400, $"'{name}' must be a JSON object (a map) or null.");

    /// <summary>A JSON string as text; an escape for half of a surrogate pair cannot be text, and says so.</summary>
    private static string? Text(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw BadEscape(name);
        }
    }

    private static Inputs? ReadMap(JsonElement value, string name, IGraphQLSerializer serializer)
    {
        try
        {
            return serializer.ReadNode<Inputs>(value);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or JsonException)
        {
            throw BadEscape(name);
        }
    }

    private static RequestException BadEscape(string name) =>
        new(400, $"'{name}' holds a string that is not valid Unicode (a \\u escape for half of a surrogate pair, or a repeated key); send valid Unicode text.", RequestErrorCodes.BadEncoding);

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
                JsonValueKind.Object => ReadMap(document.RootElement, name, serializer),
                _ => throw new RequestException(400, $"'{name}' must be a JSON object (a map) or null."),
            };
        }
        catch (JsonException)
        {
            throw new RequestException(400, $"'{name}' is not valid JSON; send a JSON object.");
        }
    }
}

/// <summary>A request body read into a pooled buffer, at most a limit long.</summary>
internal sealed class RequestBody : IDisposable
{
    private byte[] buffer;
    private int length;

    private RequestBody(int capacity) => buffer = ArrayPool<byte>.Shared.Rent(capacity);

    public ReadOnlyMemory<byte> Memory => buffer.AsMemory(0, length);

    public ReadOnlySpan<byte> Span => buffer.AsSpan(0, length);

    /// <summary>
    /// Reads the body as one JSON document: 413 <c>BODY_TOO_LARGE</c> past <paramref name="maxBytes"/>, 400
    /// <c>BAD_ENCODING</c> when it is not UTF-8, 400 <c>BAD_REQUEST</c> when it is not JSON.
    /// </summary>
    public static async Task<JsonBody> ReadJsonAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var body = await ReadAsync(request, maxBytes, cancellationToken);
        try
        {
            if (!Utf8.IsValid(body.Span))
                throw new RequestException(400, "The request body is not valid UTF-8; send the JSON body encoded as UTF-8.", RequestErrorCodes.BadEncoding);
            return new JsonBody(body, JsonDocument.Parse(body.Memory));
        }
        catch (JsonException e)
        {
            body.Dispose();
            throw new RequestException(400, $"The request body is not valid JSON: {e.Message}");
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    /// <summary>Reads the whole body, refusing it with 413 as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            throw TooLarge(maxBytes);
        var body = new RequestBody((int)Math.Min(request.ContentLength ?? 4096, maxBytes) + 1);
        try
        {
            while (true)
            {
                if (body.length == body.buffer.Length)
                    body.Grow(maxBytes);
                var read = await request.Body.ReadAsync(body.buffer.AsMemory(body.length), cancellationToken);
                if (read == 0)
                    return body;
                body.length += read;
                if (body.length > maxBytes)
                    throw TooLarge(maxBytes);
            }
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    private void Grow(int maxBytes)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1L));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }

    private static RequestException TooLarge(int maxBytes) =>
        new(413, $"The request body is larger than {maxBytes} bytes; send a smaller document (GraphQL:MaxBodyBytes).", RequestErrorCodes.BodyTooLarge);

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = [];
    }
}

/// <summary>A JSON request body parsed in place over its pooled buffer; disposing it returns both.</summary>
internal sealed class JsonBody(RequestBody body, JsonDocument document) : IDisposable
{
    public JsonElement Root => document.RootElement;

    public void Dispose()
    {
        document.Dispose();
        body.Dispose();
    }
}

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request; answered before any execution.</summary>
internal sealed class RequestException(int status, string message, string code = RequestErrorCodes.BadRequest) : Exception(message)
{
    public int Status { get; } = status;

    public string Code { get; } = code;
}
