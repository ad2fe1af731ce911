using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Store;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Tests.Store;

/// <summary>Counts calls into a store: each call is one round trip for a remote store such as Neo4j.</summary>
internal sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> calls = new();

    public IReadOnlyDictionary<string, int> Calls => calls;

    public int Total => calls.Values.Sum();

    public void Reset() => calls.Clear();

    private T Count<T>(T result, [CallerMemberName] string name = "")
    {
        calls.AddOrUpdate(name, 1, (_, n) => n + 1);
        return result;
    }

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) => Count(inner.GetRelationsByIdAsync(ids, cancellationToken));

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) => Count(inner.ListNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Count(inner.SearchAsync(query, cancellationToken));

    public Task<GraphMaterial> GetMaterialAsync(MaterialQuery query, CancellationToken cancellationToken) => Count(inner.GetMaterialAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => Count(inner.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyList<SecurityCoop.Core.Linkage.LinkedNode>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken) => Count(inner.LinkedAsync(query, cancellationToken));

    public Task<IReadOnlyList<SharedLinkage>> SharedLinksAsync(SharedLinkageQuery query, CancellationToken cancellationToken) => Count(inner.SharedLinksAsync(query, cancellationToken));

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken) => Count(inner.TimelineAsync(query, cancellationToken));

    public Task<IReadOnlyList<Conflict>> ConflictsAsync(string? subjectId, CancellationToken cancellationToken) => Count(inner.ConflictsAsync(subjectId, cancellationToken));

    public Task<SecurityCoop.Core.Exports.Subgraph> SubgraphAsync(SecurityCoop.Core.Exports.SubgraphQuery query, CancellationToken cancellationToken) => Count(inner.SubgraphAsync(query, cancellationToken));

    public Task<IReadOnlyList<SecurityCoop.Core.Sources.SourceDocument>> GetDocumentsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) => Count(inner.GetDocumentsAsync(ids, cancellationToken));

    public Task<GraphStatistics> StatisticsAsync(CancellationToken cancellationToken) => Count(inner.StatisticsAsync(cancellationToken));
}
