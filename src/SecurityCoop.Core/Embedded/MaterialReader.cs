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
        var number = graph.NumberOf(request.NodeId);
        var body = graph.NodeAt(number);
        var result = new List<Affiliation>();
        foreach (var relation in graph.IncomingOf(number))
        {
            if (!IsAffiliation(relation))
                continue;
            var edge = graph.RelationAt(relation);
            var role = AffiliationRoles.Of(edge)!.Value;
            var member = graph.FromOf(relation);
            result.Add(new Affiliation(graph.NodeAt(member), body, role, edge));
            if (!request.ThroughMembers)
                continue;
            foreach (var via in graph.IncomingOf(member))
            {
                if (graph.TypeOf(via) == RelationType.MemberOf)
                    result.Add(new Affiliation(graph.NodeAt(graph.FromOf(via)), body, role, edge, graph.NodeAt(member), graph.RelationAt(via)));
            }
        }
        return result;
    }

    private List<Affiliation> BodiesOf(AffiliationRequest request)
    {
        var number = graph.NumberOf(request.NodeId);
        var member = graph.NodeAt(number);
        var result = new List<Affiliation>();
        foreach (var relation in graph.OutgoingOf(number))
        {
            if (!IsAffiliation(relation))
                continue;
            var edge = graph.RelationAt(relation);
            var body = graph.ToOf(relation);
            result.Add(new Affiliation(member, graph.NodeAt(body), AffiliationRoles.Of(edge)!.Value, edge));
            if (!request.ThroughMembers || edge.Type != RelationType.MemberOf)
                continue;
            foreach (var bodyRelation in graph.OutgoingOf(body))
            {
                if (!IsAffiliation(bodyRelation))
                    continue;
                var bodyEdge = graph.RelationAt(bodyRelation);
                result.Add(new Affiliation(member, graph.NodeAt(graph.ToOf(bodyRelation)), AffiliationRoles.Of(bodyEdge)!.Value, bodyEdge, graph.NodeAt(body), edge));
            }
        }
        return result;
    }

    /// <summary>Whether a relation is of a type that makes an affiliation (<see cref="AffiliationRoles.RelationTypes"/>), read from the columns.</summary>
    private bool IsAffiliation(int relation) => AffiliationTypes.Contains(graph.TypeOf(relation));

    private static readonly HashSet<RelationType> AffiliationTypes = [.. AffiliationRoles.RelationTypes];

    private IReadOnlyList<Neighbour> Relations(RelationRequest request)
    {
        var number = graph.NumberOf(request.NodeId);
        var picked = new List<int>();
        if (request.Direction != RelationDirection.Incoming)
            Pick(graph.OutgoingOf(number), both: false);
        if (request.Direction != RelationDirection.Outgoing)
            Pick(graph.IncomingOf(number), both: request.Direction != RelationDirection.Incoming);
        if (request.Direction is not (RelationDirection.Outgoing or RelationDirection.Incoming))
            picked.Sort(); // relation numbers are in id order
        return [.. picked.Select(r => graph.FromOf(r) == number
            ? new Neighbour(graph.NodeAt(graph.ToOf(r)), graph.RelationAt(r), RelationDirection.Outgoing)
            : new Neighbour(graph.NodeAt(graph.FromOf(r)), graph.RelationAt(r), RelationDirection.Incoming))];

        void Pick(ReadOnlySpan<int> row, bool both)
        {
            foreach (var relation in row)
            {
                // Both ways, a relation from the node to itself is in both rows: take it once, from the outgoing one.
                if ((request.Types is null || request.Types.Contains(graph.TypeOf(relation))) && !(both && graph.FromOf(relation) == graph.ToOf(relation)))
                    picked.Add(relation);
            }
        }
    }
}
