using SecurityCoop.Affiliations;
using SecurityCoop.Edges;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;
using SecurityCoop.Nodes;
using SecurityCoop.Overlaps;
using SecurityCoop.Store;

namespace SecurityCoop.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>The stored roles a filter matches: a filter naming Member also matches founding members.</summary>
    private static List<string> RoleNames(IReadOnlySet<AffiliationRole>? filter) =>
        [.. Enum.GetValues<AffiliationRole>().Where(r => AffiliationRoles.Matches(filter ?? AffiliationRoles.Default, r)).Select(r => r.ToString())];

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>> GetAffiliationsAsync(AffiliationQuery query, CancellationToken cancellationToken)
    {
        var ids = query.NodeIds.Distinct().ToList();
        var members = query.Side == AffiliationSide.MembersOfBodies;
        var result = await ReadAsync(members ? "members-of-bodies" : "bodies-of-members", new()
        {
            ["ids"] = ids,
            ["roles"] = RoleNames(query.Roles),
            ["asOfEnd"] = AsOfEnd(query.AsOf),
            ["throughMembers"] = query.ThroughMembers,
            ["includeUnestablished"] = query.IncludeUnestablished,
        }, cancellationToken);
        var byNode = result.Records.GroupBy(r => r.Get<string>(members ? "bodyId" : "memberId"))
            .ToDictionary(g => g.Key, g => g.Select(r => Affiliation(r.Get<Neo4jNode>("member"), r.Get<Neo4jNode>("body"),
                r.Get<Neo4jRelationship>("relation"), r.Find<Neo4jNode>("via"), r.Find<Neo4jRelationship>("viaRelation"))).ToList());
        return ids.ToDictionary(id => id, id => (IReadOnlyList<Affiliation>)(byNode.GetValueOrDefault(id) ?? []), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<OverlapMember>> OverlapAsync(OverlapQuery query, CancellationToken cancellationToken)
    {
        if (query.Bodies.Count == 0)
            throw StoreException.Invalid("Name at least one body in 'bodies'.");
        var bodies = query.Bodies.Distinct().ToList();
        await RequireAsync([.. bodies, .. query.Excluding ?? []], cancellationToken);
        var result = await ReadAsync("overlap", OverlapParameters(query, bodies), cancellationToken);
        return [.. result.Records.Select(r =>
        {
            var member = r.Get<Neo4jNode>("member");
            var ties = r.Get<List<object?>>("ties").OfType<Dictionary<string, object?>>().ToList();
            var affiliations = bodies.SelectMany(b => ties.Where(t => (string?)t["bodyId"] == b).Select(t => Affiliation(member,
                (Neo4jNode)t["body"]!, (Neo4jRelationship)t["relation"]!, t["via"] as Neo4jNode, t["viaRelation"] as Neo4jRelationship)));
            return new OverlapMember(GraphDecoding.Node(member), [.. affiliations]);
        })];
    }

    public async Task<OverlapMatrix> OverlapMatrixAsync(OverlapQuery query, CancellationToken cancellationToken)
    {
        var bodies = query.Bodies.Distinct().ToList();
        if (bodies.Count < 2)
            throw StoreException.Invalid("An overlap matrix needs at least two bodies.");
        var result = await ReadAsync("overlap-matrix", OverlapParameters(query, bodies), cancellationToken);
        var sets = result.Records.ToDictionary(r => r.Get<string>("bodyId"),
            r => (Node: GraphDecoding.Node(r.Get<Neo4jNode>("body")), Members: r.Get<List<object?>>("members").OfType<string>().ToHashSet(StringComparer.Ordinal)));
        foreach (var missing in bodies.Where(b => !sets.ContainsKey(b)))
            throw StoreException.UnknownNode(missing);
        var cells = new List<OverlapCell>();
        for (var i = 0; i < bodies.Count; i++)
        {
            for (var j = i + 1; j < bodies.Count; j++)
            {
                var (a, b) = (sets[bodies[i]], sets[bodies[j]]);
                var shared = a.Members.Count(b.Members.Contains);
                cells.Add(new OverlapCell(a.Node, b.Node, a.Members.Count, b.Members.Count, shared, a.Members.Count + b.Members.Count - shared));
            }
        }
        return new OverlapMatrix([.. bodies.Select(b => sets[b].Node)], cells);
    }

    private static Dictionary<string, object?> OverlapParameters(OverlapQuery query, List<string> bodies) => new()
    {
        ["bodies"] = bodies,
        ["excluding"] = (query.Excluding ?? []).Distinct().ToList(),
        ["roles"] = RoleNames(query.Roles),
        ["asOfEnd"] = AsOfEnd(query.AsOf),
        ["throughMembers"] = query.ThroughMembers,
        ["memberTypes"] = Names(query.MemberTypes),
        ["includeUnestablished"] = query.IncludeUnestablished,
    };

    /// <summary>
    /// An affiliation from one row: the relation to the body starts at the organisation when there is one (via),
    /// else at the member; the via relation runs from the member to that organisation.
    /// </summary>
    private static Affiliation Affiliation(Neo4jNode member, Neo4jNode body, Neo4jRelationship relation, Neo4jNode? via, Neo4jRelationship? viaRelation)
    {
        var memberNode = GraphDecoding.Node(member);
        var bodyNode = GraphDecoding.Node(body);
        var viaNode = via is null ? null : GraphDecoding.Node(via);
        var edge = GraphDecoding.Edge(relation, viaNode?.Id ?? memberNode.Id, bodyNode.Id);
        var viaEdge = viaRelation is null || viaNode is null ? null : GraphDecoding.Edge(viaRelation, memberNode.Id, viaNode.Id);
        return new Affiliation(memberNode, bodyNode, AffiliationRoles.Of(edge) ?? AffiliationRole.Participant, edge, viaNode, viaEdge);
    }
}
