using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<GraphMaterial> GetMaterialAsync(MaterialQuery query, CancellationToken cancellationToken)
    {
        var affiliations = query.Affiliations ?? [];
        var relations = query.Relations ?? [];
        var ids = (query.NodeIds ?? []).Concat(affiliations.Select(a => a.NodeId)).Concat(relations.Select(r => r.NodeId))
            .Distinct(StringComparer.Ordinal).ToList();
        var result = await ReadAsync("material", MaterialParameters(ids, affiliations, relations), cancellationToken);
        var rows = result.Records.ToLookup(r => r.Get<string>("part"), StringComparer.Ordinal);
        var nodes = rows["node"].Select(r => GraphDecoding.Node(r.Get<Neo4jNode>("node"))).DistinctBy(n => n.Id)
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        var byAffiliation = rows["affiliation"].ToLookup(Request);
        var byRelation = rows["relation"].ToLookup(Request);
        return new GraphMaterial(nodes,
            [.. affiliations.Select((a, i) => InPortOrder(byAffiliation[i].Select(AffiliationOf), a.Side))],
            [.. relations.Select((r, i) => (IReadOnlyList<Neighbour>)[.. byRelation[i].Select(row => NeighbourOf(row, r.NodeId))
                .DistinctBy(n => n.Relation.Id).OrderBy(n => n.Relation.Id, StringComparer.Ordinal)])]);
    }

    internal static Dictionary<string, object?> MaterialParameters(List<string> ids, IReadOnlyList<AffiliationRequest> affiliations,
        IReadOnlyList<RelationRequest> relations) => new()
        {
            ["nodeIds"] = ids,
            ["affiliations"] = affiliations.Select(a => new Dictionary<string, object?>
            {
                ["id"] = a.NodeId,
                ["side"] = a.Side.ToString(),
                ["through"] = a.ThroughMembers,
            }).ToList(),
            ["relations"] = relations.Select(r => new Dictionary<string, object?>
            {
                ["id"] = r.NodeId,
                ["direction"] = r.Direction.ToString(),
                ["types"] = r.Types is null ? null : TraversedTypes(r.Types, false),
            }).ToList(),
        };

    /// <summary>The port's order: by the relation at the node asked about, the direct tie first, then by the other relation.</summary>
    private static IReadOnlyList<Affiliation> InPortOrder(IEnumerable<Affiliation> affiliations, AffiliationSide side) =>
    [
        .. affiliations
            .OrderBy(a => side == AffiliationSide.MembersOfBodies || a.ViaRelation is null ? a.Relation.Id : a.ViaRelation.Id, StringComparer.Ordinal)
            .ThenBy(a => a.ViaRelation is null ? 0 : 1)
            .ThenBy(a => a.ViaRelation is null ? "" : side == AffiliationSide.MembersOfBodies ? a.ViaRelation.Id : a.Relation.Id, StringComparer.Ordinal),
    ];

    private static int Request(QueryRow row) => (int)row.Get<long>("request");

    private static Neighbour NeighbourOf(QueryRow row, string askedId)
    {
        var relation = GraphDecoding.Relation(row.Get<Neo4jRelation>("relation"), row.Get<string>("fromId"), row.Get<string>("toId"));
        return new Neighbour(GraphDecoding.Node(row.Get<Neo4jNode>("node")), relation,
            relation.From == askedId ? RelationDirection.Outgoing : RelationDirection.Incoming);
    }

    /// <summary>
    /// An affiliation from one row: the relation to the body starts at the organisation when there is one (via),
    /// else at the member; the via relation runs from the member to that organisation.
    /// </summary>
    private static Affiliation AffiliationOf(QueryRow row)
    {
        var member = GraphDecoding.Node(row.Get<Neo4jNode>("node"));
        var body = GraphDecoding.Node(row.Get<Neo4jNode>("body"));
        var via = row.Find<Neo4jNode>("via") is { } v ? GraphDecoding.Node(v) : null;
        var edge = GraphDecoding.Relation(row.Get<Neo4jRelation>("relation"), via?.Id ?? member.Id, body.Id);
        var viaEdge = via is not null && row.Find<Neo4jRelation>("viaRelation") is { } vr ? GraphDecoding.Relation(vr, member.Id, via.Id) : null;
        return new Affiliation(member, body, AffiliationRoles.Of(edge) ?? AffiliationRole.Participant, edge, via, viaEdge);
    }
}
