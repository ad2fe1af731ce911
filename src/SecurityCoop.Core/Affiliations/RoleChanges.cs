using SecurityCoop.Edges;

namespace SecurityCoop.Affiliations;

/// <summary>
/// A role change ends the earlier role: an observer, dialogue partner or acceding state that becomes a member
/// of the same body is no longer what it was. Edges without a recorded end get the membership's start as an
/// implied end.
/// </summary>
public static class RoleChanges
{
    public static IReadOnlyList<Edge> ApplyImpliedEnds(IReadOnlyList<Edge> edges)
    {
        var memberships = edges
            .Where(e => AffiliationRoles.Of(e) is { } role && AffiliationRoles.IsMembership(role) && e.IsEstablished && e.Start is not null)
            .GroupBy(e => (e.From, e.To))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Start!.Start, Comparer<Dates.PartialDate>.Create((a, b) => a.CompareForSorting(b))).First());
        return [.. edges.Select(edge => WithImpliedEnd(edge, memberships))];
    }

    private static Edge WithImpliedEnd(Edge edge, Dictionary<(string, string), Edge> memberships)
    {
        if (edge.RecordedUntil is not null || !IsSuperseded(edge) || !memberships.TryGetValue((edge.From, edge.To), out var membership))
            return edge;
        var start = edge.Start ?? edge.AsOf;
        if (start is not null && membership.Start!.Start.CompareAtCommonPrecision(start.Start) < 0)
            return edge;
        return edge with { ImpliedUntil = membership.Start, EndedBy = membership.Id };
    }

    private static bool IsSuperseded(Edge edge) =>
        AffiliationRoles.Of(edge) is AffiliationRole.Observer or AffiliationRole.DialoguePartner or AffiliationRole.Acceding;
}
