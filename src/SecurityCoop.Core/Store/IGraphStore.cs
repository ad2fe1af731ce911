using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Core.Store;

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
    Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>A page of nodes in id order, filtered by type and name.</summary>
    Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken);

    /// <summary>Nodes whose name, acronym or alias matches, best matches first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// A question's raw material in one call: the nodes asked for and the subjects of the requests (an id missing from
    /// <see cref="GraphMaterial.Nodes"/> is unknown), and for each request its raw affiliations or relations.
    /// Nothing is filtered by role, date, status or source; the question services apply those rules.
    /// <para>An affiliation request on the members side gives, for every MEMBER_OF, OBSERVER_OF, DIALOGUE_PARTNER_OF or
    /// PARTICIPATES_IN relation into the body, the member's tie; with through members also, for every MEMBER_OF into that
    /// member, the tie of the member's member through it. On the bodies side, every such relation out of the node; with
    /// through members also, for every MEMBER_OF out of the node, the ties of that organisation to its bodies.
    /// Affiliations come in the id order of the relation at the node asked about, each followed by the ties through it
    /// (in the id order of their other relation); relations come in relation id order.</para>
    /// </summary>
    Task<GraphMaterial> GetMaterialAsync(MaterialQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// Shortest, all shortest or k shortest paths; empty when none lies within the hop limit. Routes are told apart by
    /// their nodes and come in <see cref="Paths.RouteOrder"/> (shorter first, then node ids from the start, ordinally),
    /// which also breaks ties: the shortest path is the first shortest route, all shortest the first of them up to the
    /// limit, k shortest the first k loopless routes. Each step carries the preferred relation (<see cref="Paths.PathSteps"/>).
    /// </summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>Everything within k hops of a node, nearest first then by id, each with its first shortest route in <see cref="Paths.RouteOrder"/>.</summary>
    Task<IReadOnlyList<LinkedNode>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken);

    /// <summary>Nodes linked to every origin within k hops, by id, with each origin's first shortest route in <see cref="Paths.RouteOrder"/>.</summary>
    Task<IReadOnlyList<SharedLinkage>> SharedLinksAsync(SharedLinkageQuery query, CancellationToken cancellationToken);

    /// <summary>A node's dated relations in date order.</summary>
    Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken);

    /// <summary>Where the sources disagree; about one subject when <paramref name="subjectId"/> is given.</summary>
    Task<IReadOnlyList<Conflict>> ConflictsAsync(string? subjectId, CancellationToken cancellationToken);

    /// <summary>The whole graph or an ego network, with the relations among its nodes: what exports are made of.</summary>
    Task<Exports.Subgraph> SubgraphAsync(Exports.SubgraphQuery query, CancellationToken cancellationToken);

    /// <summary>The catalogue records of these documents (all of them when <paramref name="ids"/> is null), in id order; unknown ids are left out.</summary>
    Task<IReadOnlyList<SourceDocument>> GetDocumentsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken);

    /// <summary>How many nodes and relations of each type the store holds.</summary>
    Task<GraphStatistics> StatisticsAsync(CancellationToken cancellationToken);
}

/// <summary>Counts of what a store holds.</summary>
public sealed record GraphStatistics(
    IReadOnlyDictionary<NodeType, int> NodesByType,
    IReadOnlyDictionary<RelationType, int> RelationsByType,
    int Conflicts);
