using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Embedded;

/// <summary>Reads a question's raw material off the adjacency lists, unfiltered, as <see cref="IGraphStore.GetMaterialAsync"/> describes it.</summary>
internal sealed class MaterialReader(GraphIndex graph)
{
    public GraphMaterial Read(MaterialQuery query)
    {
        var affiliations = query.Affiliations ?? [];
        var relations = query.Relations ?? [];
        var ids = (query.NodeIds ?? []).Concat(affiliations.Select(a => a.NodeId)).Concat(relations.Select(r => r.NodeId));
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var node in ids.Select(graph.Find).OfType<Node>())
            nodes[node.Id] = node;
        return new GraphMaterial(nodes,
            [.. affiliations.Select(a => nodes.ContainsKey(a.NodeId) ? Affiliations(a) : [])],
            [.. relations.Select(r => nodes.ContainsKey(r.NodeId) ? Relations(r) : [])]);
    }

    private IReadOnlyList<Affiliation> Affiliations(AffiliationRequest request) =>
        request.Side == AffiliationSide.MembersOfBodies ? MembersOf(request) : BodiesOf(request);

    private List<Affiliation> MembersOf(AffiliationRequest request)
    {
        var body = graph.Get(request.NodeId);
        var result = new List<Affiliation>();
        foreach (var edge in graph.Incoming(body.Id))
        {
            if (AffiliationRoles.Of(edge) is not { } role)
                continue;
            var member = graph.Get(edge.From);
            result.Add(new Affiliation(member, body, role, edge));
            if (!request.ThroughMembers)
                continue;
            foreach (var viaEdge in graph.Incoming(member.Id).Where(e => e.Type == RelationType.MemberOf))
                result.Add(new Affiliation(graph.Get(viaEdge.From), body, role, edge, member, viaEdge));
        }
        return result;
    }

    private List<Affiliation> BodiesOf(AffiliationRequest request)
    {
        var member = graph.Get(request.NodeId);
        var result = new List<Affiliation>();
        foreach (var edge in graph.Outgoing(member.Id))
        {
            if (AffiliationRoles.Of(edge) is not { } role)
                continue;
            var body = graph.Get(edge.To);
            result.Add(new Affiliation(member, body, role, edge));
            if (!request.ThroughMembers || edge.Type != RelationType.MemberOf)
                continue;
            foreach (var bodyEdge in graph.Outgoing(body.Id))
            {
                if (AffiliationRoles.Of(bodyEdge) is { } bodyRole)
                    result.Add(new Affiliation(member, graph.Get(bodyEdge.To), bodyRole, bodyEdge, body, edge));
            }
        }
        return result;
    }

    private IReadOnlyList<Neighbour> Relations(RelationRequest request)
    {
        var id = request.NodeId;
        IEnumerable<Relation> edges = request.Direction switch
        {
            RelationDirection.Outgoing => graph.Outgoing(id),
            RelationDirection.Incoming => graph.Incoming(id),
            _ => graph.Outgoing(id).Concat(graph.Incoming(id).Where(e => e.From != e.To)).OrderBy(e => e.Id, StringComparer.Ordinal),
        };
        return [.. edges
            .Where(e => request.Types is null || request.Types.Contains(e.Type))
            .Select(e => new Neighbour(graph.Get(e.OtherEnd(id)), e, e.From == id ? RelationDirection.Outgoing : RelationDirection.Incoming))];
    }
}
