namespace SecurityCoop.Api.Store;

/// <summary>Which store serves the graph, bound from the <c>GraphStore</c> section.</summary>
public sealed class GraphStoreOptions
{
    public const string Section = "GraphStore";

    /// <summary><c>Embedded</c> (the default): the in-process store loaded from the dataset; <c>Neo4j</c>: the Neo4j section's server.</summary>
    public string Provider { get; set; } = "Embedded";

    /// <summary>The dataset folder; by default the copy built next to the program.</summary>
    public string? DataPath { get; set; }

    /// <summary>
    /// Whether the embedded store keeps its built graph as a snapshot file and starts from it while the dataset is
    /// unchanged (default true). The snapshot is checked against a SHA-256 of the dataset's files and of the program.
    /// </summary>
    public bool Snapshot { get; set; } = true;

    /// <summary>Where the snapshot is kept; by default <c>.securitycoop.snapshot</c> inside the dataset folder.</summary>
    public string? SnapshotPath { get; set; }

    public string ResolveDataPath() => DataPath ?? Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The snapshot file, or null when snapshots are off.</summary>
    public string? ResolveSnapshotPath() => !Snapshot ? null : SnapshotPath ?? Path.Combine(ResolveDataPath(), ".securitycoop.snapshot");
}
