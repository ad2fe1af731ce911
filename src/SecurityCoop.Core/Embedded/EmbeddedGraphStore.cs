using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The in-process store: the whole graph in memory, indexed for lookup and traversal. It answers from an
/// immutable snapshot, so readers never lock; writes will build the next snapshot and swap it in.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore
{
    private readonly GraphIndex graph;

    public EmbeddedGraphStore(GraphData data) => graph = new GraphIndex(data);

    private EmbeddedGraphStore(GraphIndex graph) => this.graph = graph;

    /// <summary>
    /// The store of the dataset at <paramref name="directory"/>. With a <paramref name="snapshotPath"/>, a snapshot there
    /// of the same data, written by this build, is read instead of the dataset (which it was validated as); otherwise the
    /// dataset is read and validated and the snapshot written for the next start. A snapshot that cannot be written
    /// (a read-only folder) is only reported.
    /// </summary>
    /// <param name="report">Told, in a sentence, how the store was loaded.</param>
    /// <exception cref="DatasetException">The dataset is missing or does not validate.</exception>
    public static EmbeddedGraphStore Open(string directory, string? snapshotPath = null, Action<string>? report = null)
    {
        if (snapshotPath is null || !Directory.Exists(directory))
            return new EmbeddedGraphStore(DatasetLoader.Load(directory));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var fingerprint = GraphSnapshot.Fingerprint(directory, snapshotPath);
        var hashed = clock.Elapsed.TotalSeconds;
        if (GraphSnapshot.TryRead(snapshotPath, fingerprint, directory, out var why) is { } graph)
        {
            report?.Invoke($"Read the graph from its snapshot {snapshotPath} in {clock.Elapsed.TotalSeconds:0.00} s ({hashed:0.00} s of it checking that the data is unchanged).");
            return new EmbeddedGraphStore(graph);
        }
        var store = new EmbeddedGraphStore(DatasetLoader.Load(directory));
        var read = $"Read and validated the dataset in {clock.Elapsed.TotalSeconds:0.0} s (no usable snapshot: {why})";
        try
        {
            GraphSnapshot.Write(store.graph, snapshotPath, fingerprint);
            report?.Invoke($"{read}; wrote a snapshot to {snapshotPath} for the next start.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            report?.Invoke($"{read}; could not write a snapshot to {snapshotPath}: {e.Message}");
        }
        return store;
    }

    /// <summary>Writes the built graph to <paramref name="stream"/>, as a snapshot holds it (<see cref="ReadGraph"/> reads it back).</summary>
    public void WriteGraph(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        graph.Write(writer);
    }

    /// <summary>A store of the graph <see cref="WriteGraph"/> wrote to <paramref name="stream"/>.</summary>
    /// <param name="directory">The dataset folder whose document files quotes are read from, when the graph was built from one.</param>
    /// <exception cref="InvalidDataException">The stream does not hold a graph.</exception>
    public static EmbeddedGraphStore ReadGraph(Stream stream, string? directory = null)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        return new EmbeddedGraphStore(GraphIndex.Read(reader, directory));
    }

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<Node>>([.. ids.Select(graph.Find).OfType<Node>()]);

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<Relation>>([.. ids.Select(graph.FindRelation).OfType<Relation>()]);

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) =>
        Done(NodePaging.Page(graph, query));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Done(graph.Names.Search(query));

    public Task<GraphMaterial> GetMaterialAsync(MaterialQuery query, CancellationToken cancellationToken) =>
        Done(new MaterialReader(graph).Read(query));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        new PathFinder(graph).FindAsync(query, cancellationToken);

    public Task<IReadOnlyList<LinkedNode>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken) =>
        Done(new LinkageFinder(graph).Linked(query));

    public Task<IReadOnlyList<SharedLinkage>> SharedLinksAsync(SharedLinkageQuery query, CancellationToken cancellationToken) =>
        Done(new LinkageFinder(graph).Shared(query));

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        graph.Get(query.NodeId);
        var filter = new RelationFilter(query.RelationTypes, IncludeUnestablished: query.IncludeUnestablished);
        var relations = graph.Touching(query.NodeId).DistinctBy(e => e.Id).Where(filter.Allows);
        return Done(TimelineBuilder.Build(query.NodeId, relations, graph.Get));
    }

    public Task<IReadOnlyList<Conflict>> ConflictsAsync(string? subjectId, CancellationToken cancellationToken)
    {
        if (subjectId is not null)
            graph.Get(subjectId);
        return Done<IReadOnlyList<Conflict>>([.. graph.Conflicts
            .Where(c => subjectId is null || c.Subject == subjectId)
            .OrderBy(c => c.Id, StringComparer.Ordinal)]);
    }

    public Task<Exports.Subgraph> SubgraphAsync(Exports.SubgraphQuery query, CancellationToken cancellationToken) =>
        Done(new SubgraphFinder(graph).Find(query));

    public Task<IReadOnlyList<SourceDocument>> GetDocumentsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) =>
        Done<IReadOnlyList<SourceDocument>>([.. graph.Documents
            .Where(d => ids is null || ids.Contains(d.Id, StringComparer.Ordinal))
            .OrderBy(d => d.Id, StringComparer.Ordinal)]);

    public Task<GraphStatistics> StatisticsAsync(CancellationToken cancellationToken) =>
        Done(new GraphStatistics(
            graph.Nodes.GroupBy(n => n.Type).ToDictionary(g => g.Key, g => g.Count()),
            Enumerable.Range(0, graph.RelationCount).GroupBy(graph.TypeOf).ToDictionary(g => g.Key, g => g.Count()),
            graph.Conflicts.Count));

    private static Task<T> Done<T>(T value) => Task.FromResult(value);
}
