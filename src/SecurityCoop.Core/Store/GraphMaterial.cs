using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Store;

/// <summary>A node's affiliations on one side, raw: every role, date, status and source.</summary>
/// <param name="ThroughMembers">Also the ties that come through member organisations, one level deep.</param>
public sealed record AffiliationRequest(string NodeId, AffiliationSide Side, bool ThroughMembers = false);

/// <summary>A node's relations in one direction, of the given types (all when null), raw: every date, status and source.</summary>
public sealed record RelationRequest(string NodeId, RelationDirection Direction = RelationDirection.Both, IReadOnlySet<RelationType>? Types = null);

/// <summary>What a question needs from the store, asked for in one call.</summary>
/// <param name="NodeIds">Nodes to look up; the subjects of the requests are looked up as well.</param>
public sealed record MaterialQuery(
    IReadOnlyCollection<string>? NodeIds = null,
    IReadOnlyList<AffiliationRequest>? Affiliations = null,
    IReadOnlyList<RelationRequest>? Relations = null);

/// <summary>
/// The raw material of a question: the nodes found (an id that is missing is unknown to the store), and for each
/// request, in the order asked, its affiliations or its relations with the node at the other end.
/// </summary>
public sealed record GraphMaterial(
    IReadOnlyDictionary<string, Node> Nodes,
    IReadOnlyList<IReadOnlyList<Affiliation>> Affiliations,
    IReadOnlyList<IReadOnlyList<Neighbour>> Relations)
{
    /// <summary>The node with this id, or NODE_NOT_FOUND saying where the id was given.</summary>
    public Node Require(string id, string where) =>
        Nodes.TryGetValue(id, out var node) ? node : throw StoreException.UnknownNode(id, where);
}
