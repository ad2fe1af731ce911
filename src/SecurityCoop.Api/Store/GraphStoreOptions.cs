namespace SecurityCoop.Api.Store;

/// <summary>Which store serves the graph, bound from the <c>GraphStore</c> section.</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "GraphStore";

    /// <summary><c>Embedded</c> (the default): the in-process store loaded from the dataset; <c>Neo4j</c>: the Neo4j section's server.</summary>
    public string Provider { get; set; } = "Embedded";

    /// <summary>The dataset folder; by default the copy built next to the program.</summary>
    public string? DataPath { get; set; }

    public string ResolveDataPath() => DataPath ?? Path.Combine(AppContext.BaseDirectory, "data");
}
