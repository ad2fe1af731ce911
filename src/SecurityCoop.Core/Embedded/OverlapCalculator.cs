using SecurityCoop.Affiliations;
using SecurityCoop.Overlaps;
using SecurityCoop.Store;

namespace SecurityCoop.Embedded;

/// <summary>Overlaps as set operations over each body's affiliates, starting from the smallest set.</summary>
internal sealed class OverlapCalculator(GraphIndex graph)
{
    public IReadOnlyList<OverlapMember> Overlap(OverlapQuery query)
    {
        if (query.Bodies.Count == 0)
            throw StoreException.Invalid("Name at least one body in 'bodies'.");
        var sets = query.Bodies.Distinct().Select(b => AffiliatesOf(b, query)).OrderBy(s => s.Count).ToList();
        var excluded = (query.Excluding ?? []).SelectMany(b => AffiliatesOf(b, query).Keys).ToHashSet(StringComparer.Ordinal);
        var members = sets[0].Keys
            .Where(id => sets.Skip(1).All(s => s.ContainsKey(id)) && !excluded.Contains(id))
            .Order(StringComparer.Ordinal);
        return [.. members.Select(id => new OverlapMember(
            graph.Get(id),
            [.. query.Bodies.Distinct().SelectMany(b => sets.First(s => s.Body == b)[id])]))];
    }

    public OverlapMatrix Matrix(OverlapQuery query)
    {
        if (query.Bodies.Count < 2)
            throw StoreException.Invalid("An overlap matrix needs at least two bodies.");
        var bodies = query.Bodies.Distinct().ToList();
        var sets = bodies.Select(b => AffiliatesOf(b, query)).ToList();
        var cells = new List<OverlapCell>();
        for (var i = 0; i < bodies.Count; i++)
        {
            for (var j = i + 1; j < bodies.Count; j++)
            {
                var shared = sets[i].Keys.Count(sets[j].ContainsKey);
                cells.Add(new OverlapCell(graph.Get(bodies[i]), graph.Get(bodies[j]), sets[i].Count, sets[j].Count,
                    shared, sets[i].Count + sets[j].Count - shared));
            }
        }
        return new OverlapMatrix([.. bodies.Select(graph.Get)], cells);
    }

    private Affiliates AffiliatesOf(string bodyId, OverlapQuery query)
    {
        var affiliationQuery = new AffiliationQuery([bodyId], AffiliationSide.MembersOfBodies, query.Roles, query.AsOf,
            query.ThroughMembers, query.IncludeUnestablished);
        var affiliates = new Affiliates(bodyId);
        foreach (var affiliation in new AffiliationFinder(graph).MembersOf(bodyId, affiliationQuery))
        {
            if (query.MemberTypes is { } types && !types.Contains(affiliation.Member.Type))
                continue;
            if (!affiliates.TryGetValue(affiliation.Member.Id, out var list))
                affiliates[affiliation.Member.Id] = list = [];
            list.Add(affiliation);
        }
        return affiliates;
    }

    private sealed class Affiliates(string body) : Dictionary<string, List<Affiliation>>(StringComparer.Ordinal)
    {
        public string Body { get; } = body;
    }
}
