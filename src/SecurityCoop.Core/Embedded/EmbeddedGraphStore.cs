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
public sealed class EmbeddedGraphStore(GraphData data) : IGraphStore
{
    private readonly GraphIndex graph = new(data);

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
