using SecurityCoop.Affiliations;
using SecurityCoop.Conflicts;
using SecurityCoop.Edges;
using SecurityCoop.Linkage;
using SecurityCoop.Nodes;
using SecurityCoop.Overlaps;
using SecurityCoop.Paths;
using SecurityCoop.Search;
using SecurityCoop.Timelines;

namespace SecurityCoop.Store;

/// <summary>
/// The domain operations every graph store answers. Operations that read about many nodes take their ids
/// together, so a caller never needs one call per node. Errors the caller can cause are
/// <see cref="StoreException"/>s with a stable code.
/// </summary>
public interface IGraphStore
{
    /// <summary>The nodes with these ids, in the order asked; unknown ids are left out.</summary>
    Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>The edges with these ids, in the order asked; unknown ids are left out.</summary>
    Task<IReadOnlyList<Edge>> GetEdgesByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>A page of nodes in id order, filtered by type and name.</summary>
    Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken);

    /// <summary>Nodes whose name, acronym or alias matches, best matches first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>The edges of each node asked about, keyed by node id, each list in edge id order.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken);

    /// <summary>Memberships, observer and partner status and participation of each node asked about, keyed by node id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>> GetAffiliationsAsync(AffiliationQuery query, CancellationToken cancellationToken);

    /// <summary>The nodes affiliated with all of the bodies and none of the excluded ones, in id order.</summary>
    Task<IReadOnlyList<OverlapMember>> OverlapAsync(OverlapQuery query, CancellationToken cancellationToken);

    /// <summary>Pairwise overlap sizes and Jaccard indexes over the bodies of <paramref name="query"/>.</summary>
    Task<OverlapMatrix> OverlapMatrixAsync(OverlapQuery query, CancellationToken cancellationToken);

    /// <summary>Shortest, all shortest or k shortest paths; empty when none lies within the hop limit.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>Everything within k hops of a node, nearest first, each with a path that links it.</summary>
    Task<IReadOnlyList<Linkage.Linkage>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken);

    /// <summary>Nodes linked to every origin within k hops.</summary>
    Task<IReadOnlyList<SharedLinkage>> SharedLinksAsync(SharedLinkageQuery query, CancellationToken cancellationToken);

    /// <summary>A node's dated relations in date order.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken);

    /// <summary>Where the sources disagree; about one subject when <paramref name="subjectId"/> is given.</summary>
    Task<IReadOnlyList<Conflict>> ConflictsAsync(string? subjectId, CancellationToken cancellationToken);

    /// <summary>The whole graph or an ego network, with the relations among its nodes: what exports are made of.</summary>
    Task<Exports.Subgraph> SubgraphAsync(Exports.SubgraphQuery query, CancellationToken cancellationToken);

    /// <summary>How many nodes and edges of each type the store holds.</summary>
    Task<GraphStatistics> StatisticsAsync(CancellationToken cancellationToken);
}

/// <summary>Counts of what a store holds.</summary>
public sealed record GraphStatistics(
    IReadOnlyDictionary<NodeType, int> NodesByType,
    IReadOnlyDictionary<RelationType, int> EdgesByType,
    int Conflicts);
