namespace SecurityCoop.Core.Store;

/// <summary>Stable codes for errors a caller can cause; the API puts them in GraphQL <c>extensions.code</c>.</summary>
public static class ErrorCodes
{
    public const string NodeNotFound = "NODE_NOT_FOUND";
    public const string InvalidArgument = "INVALID_ARGUMENT";
    public const string BadDate = "BAD_DATE";
    public const string LimitExceeded = "LIMIT_EXCEEDED";
    public const string BadCursor = "BAD_CURSOR";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}

/// <summary>An error in what the caller asked for, with a stable code and a message that says what to fix.</summary>
public sealed class StoreException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static StoreException UnknownNode(string id) =>
        new(ErrorCodes.NodeNotFound, $"No node has id '{id}'. Ids look like 'state:china' or 'org:sco'; use search to find one.");

    /// <summary>An unknown id, saying where the caller gave it (an operand, an argument).</summary>
    public static StoreException UnknownNode(string id, string where) =>
        new(ErrorCodes.NodeNotFound, $"{where}: no node has id '{id}'. Ids look like 'state:china' or 'org:sco'; use search to find one.");

    public static StoreException Invalid(string message) => new(ErrorCodes.InvalidArgument, message);

    public static StoreException Limit(string what, int value, int max) =>
        new(ErrorCodes.LimitExceeded, $"{what} is {value}, above the limit of {max}; ask for {max} or fewer.");
}
