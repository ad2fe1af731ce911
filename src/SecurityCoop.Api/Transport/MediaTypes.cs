using Microsoft.Net.Http.Headers;

namespace SecurityCoop.Api.Transport;

/// <summary>Response media type negotiation per the GraphQL over HTTP specification.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The media type to answer with, or null when the client accepts neither. No Accept header and wildcards mean
    /// application/json, which every client reads; clients that name application/graphql-response+json get it.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var header = request.Headers.Accept.ToString();
        if (string.IsNullOrWhiteSpace(header))
            return Json;
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept.ToArray()!, out var accepted))
            return null;
        foreach (var type in accepted.Where(t => t.Quality is not 0).OrderByDescending(t => t.Quality ?? 1))
        {
            if (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
                continue;
            var name = type.MediaType.Value ?? "";
            if (name.Equals(GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (name.Equals(Json, StringComparison.OrdinalIgnoreCase) || name is "*/*" || name.Equals("application/*", StringComparison.OrdinalIgnoreCase))
                return Json;
        }
        return null;
    }

    /// <summary>Whether a POST body is declared as JSON (UTF-8 or no charset).</summary>
    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
