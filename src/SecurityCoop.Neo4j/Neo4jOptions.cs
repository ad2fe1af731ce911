namespace SecurityCoop.Neo4j;

/// <summary>How to reach Neo4j's HTTP Query API, bound from the <c>Neo4j</c> section.</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c>.</summary>
    public Uri Uri { get; set; } = new("http://localhost:7474");

    public string User { get; set; } = "neo4j";

    public string Password { get; set; } = "";

    public string Database { get; set; } = "neo4j";

    /// <summary>Longest a single request may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Further attempts after a transient failure (unreachable server, 503, Neo.TransientError.*).</summary>
    public int Retries { get; set; } = 3;

    /// <summary>Wait before the first retry; doubled for each further one.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
