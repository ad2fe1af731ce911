using SecurityCoop.Core.Store;

namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>Stable codes for what can go wrong between the API and Neo4j.</summary>
public static class Neo4jErrorCodes
{
    public const string Unavailable = ErrorCodes.StoreUnavailable;
    public const string AuthFailed = "STORE_AUTH_FAILED";
    public const string DatabaseNotFound = "STORE_DATABASE_NOT_FOUND";
    public const string QueryFailed = "STORE_QUERY_FAILED";
    public const string Timeout = "STORE_TIMEOUT";
    public const string NotReadOnly = "CYPHER_NOT_READ_ONLY";
    public const string Protocol = "STORE_PROTOCOL";
}

/// <summary>
/// Turns a Query API error into a <see cref="StoreException"/> whose message is safe to show a client: it names
/// the Neo4j status code and what to check, never the statement text or the credentials.
/// </summary>
internal static class QueryApiErrors
{
    public static bool IsTransient(string? neo4jCode, int httpStatus) =>
        (neo4jCode?.StartsWith("Neo.TransientError.", StringComparison.Ordinal) ?? false) || httpStatus is 502 or 503 or 504;

    public static StoreException From(string? neo4jCode, string? message, int httpStatus) => neo4jCode switch
    {
        _ when httpStatus is 406 or 415 => new(Neo4jErrorCodes.Protocol,
            $"Neo4j refused the request's media type (HTTP {httpStatus}): this API speaks the Query API's typed JSON (application/vnd.neo4j.query, Neo4j 5.25 or later); check that Neo4j:Uri is Neo4j's HTTP address and the Query API is enabled."),
        "Neo.ClientError.Security.Unauthorized" or "Neo.ClientError.Security.AuthenticationRateLimit" =>
            new(Neo4jErrorCodes.AuthFailed, "Neo4j refused the credentials; check Neo4j:User and Neo4j:Password."),
        "Neo.ClientError.Security.Forbidden" =>
            new(Neo4jErrorCodes.AuthFailed, "The Neo4j user may not run this; check its roles."),
        "Neo.ClientError.Database.DatabaseNotFound" =>
            new(Neo4jErrorCodes.DatabaseNotFound, "Neo4j has no database of the configured name; check Neo4j:Database."),
        "Neo.ClientError.Statement.AccessMode" =>
            new(Neo4jErrorCodes.NotReadOnly, "The query tried to write in a read-only session; only reads are allowed."),
        { } code when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) =>
            new(Neo4jErrorCodes.Unavailable, $"Neo4j is busy or unavailable ({code}); try again shortly."),
        { } code => new(Neo4jErrorCodes.QueryFailed, $"Neo4j could not run the query ({code}): {FirstLine(message)}"),
        null when httpStatus == 401 => new(Neo4jErrorCodes.AuthFailed, "Neo4j refused the credentials; check Neo4j:User and Neo4j:Password."),
        null when httpStatus == 404 => new(Neo4jErrorCodes.DatabaseNotFound, "Neo4j has no Query API or database at the configured address; check Neo4j:Uri and Neo4j:Database (Neo4j 5.25 or later)."),
        _ => new(Neo4jErrorCodes.Unavailable, $"Neo4j answered HTTP {httpStatus}; check that the server is up."),
    };

    /// <summary>Neo4j puts the offending statement after the first line of a syntax error; keep only the first.</summary>
    private static string FirstLine(string? message)
    {
        var text = (message ?? "").Trim();
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end].TrimEnd();
    }
}
