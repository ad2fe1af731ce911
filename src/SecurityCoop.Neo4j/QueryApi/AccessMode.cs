namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>Whether a statement may write; reads run in read mode, so the server itself refuses a write.</summary>
public enum AccessMode
{
    Read,
    Write,
}
