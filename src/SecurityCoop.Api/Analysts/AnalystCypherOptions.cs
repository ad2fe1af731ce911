namespace SecurityCoop.Api.Analysts;

/// <summary>The analysts' read-only Cypher endpoint, bound from the <c>AnalystCypher</c> section.</summary>
public sealed class AnalystCypherOptions
{
    public const string Section = "AnalystCypher";

    /// <summary>API keys by the name the audit log records (<c>AnalystCypher:Keys:alice=&lt;key&gt;</c>). No keys: the endpoint refuses everyone.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>Most rows a statement returns; a longer result is cut and flagged <c>truncated</c>.</summary>
    public int RowCap { get; set; } = 1000;

    /// <summary>Longest a statement may run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest request body, statement and parameters together, in bytes: BODY_TOO_LARGE, 413.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;
}
