using SecurityCoop.Affiliations;
using SecurityCoop.Edges;

namespace SecurityCoop.Embedded;

/// <summary>
/// Reads affiliations off the adjacency lists. Through-member expansion follows member organisations down
/// (members of a body's member organisations) or up (bodies a node's organisations take part in), one level
/// deep, as the Neo4j queries do. An organisation tied to a body by several relations is expanded once.
/// </summary>
internal sealed class AffiliationFinder(GraphIndex graph)
{
    public IReadOnlyList<Affiliation> MembersOf(string bodyId, AffiliationQuery query)
    {
        var body = graph.Get(bodyId);
        var result = new List<Affiliation>();
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Incoming(bodyId))
        {
            if (Role(edge, query) is not { } role)
                continue;
            var member = graph.Get(edge.From);
            result.Add(new Affiliation(member, body, role, edge));
            if (query.ThroughMembers && expanded.Add(member.Id))
                AddMembersThrough(result, member, body, role, edge, query);
        }
        return result;
    }

    public IReadOnlyList<Affiliation> BodiesOf(string memberId, AffiliationQuery query)
    {
        var member = graph.Get(memberId);
        var result = new List<Affiliation>();
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in graph.Outgoing(memberId))
        {
            if (Role(edge, query) is not { } role)
                continue;
            result.Add(new Affiliation(member, graph.Get(edge.To), role, edge));
            if (query.ThroughMembers && AffiliationRoles.IsMembership(role) && expanded.Add(edge.To))
                AddBodiesThrough(result, member, graph.Get(edge.To), edge, query);
        }
        return result;
    }

    /// <summary>The members of <paramref name="via"/>, each taking part in the body through it, once.</summary>
    private void AddMembersThrough(List<Affiliation> result, Nodes.Node via, Nodes.Node body, AffiliationRole role, Edge bodyEdge, AffiliationQuery query)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { body.Id, via.Id };
        foreach (var edge in graph.Incoming(via.Id))
        {
            if (MembershipRole(edge, query) is not null && seen.Add(edge.From))
                result.Add(new Affiliation(graph.Get(edge.From), body, role, bodyEdge, via, edge));
        }
    }

    /// <summary>The bodies <paramref name="via"/> takes part in, each reached by the member through it, once.</summary>
    private void AddBodiesThrough(List<Affiliation> result, Nodes.Node member, Nodes.Node via, Edge viaEdge, AffiliationQuery query)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { member.Id, via.Id };
        foreach (var edge in graph.Outgoing(via.Id))
        {
            if (Role(edge, query) is { } role && seen.Add(edge.To))
                result.Add(new Affiliation(member, graph.Get(edge.To), role, edge, via, viaEdge));
        }
    }

    private static AffiliationRole? Role(Edge edge, AffiliationQuery query)
    {
        if (AffiliationRoles.Of(edge) is not { } role || !Holds(edge, query))
            return null;
        return AffiliationRoles.Matches(query.Roles ?? AffiliationRoles.Default, role) ? role : null;
    }

    private static AffiliationRole? MembershipRole(Edge edge, AffiliationQuery query) =>
        AffiliationRoles.Of(edge) is { } role && AffiliationRoles.IsMembership(role) && Holds(edge, query) ? role : null;

    private static bool Holds(Edge edge, AffiliationQuery query) =>
        (query.IncludeUnestablished || edge.IsEstablished) && (query.AsOf is not { } asOf || edge.HoldsAsOf(asOf));
}
