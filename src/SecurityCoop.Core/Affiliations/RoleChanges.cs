using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Affiliations;

/// <summary>
/// A role change ends the earlier role: an observer, dialogue partner or acceding state that becomes a member
/// of the same body is no longer what it was. Relations without a recorded end get the membership's start as an
/// implied end.
/// </summary>
public static class RoleChanges
{
    public static IReadOnlyList<Relation> ApplyImpliedEnds(IReadOnlyList<Relation> relations)
    {
        var memberships = relations
            .Where(e => AffiliationRoles.Of(e) is { } role && AffiliationRoles.IsMembership(role) && e.IsEstablished && e.Start is not null)
            .GroupBy(e => (e.From, e.To))
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Start!.Start, Comparer<Dates.PartialDate>.Create((a, b) => a.CompareForSorting(b))).First());
        return [.. relations.Select(relation => WithImpliedEnd(relation, memberships))];
    }

    private static Relation WithImpliedEnd(Relation relation, Dictionary<(string, string), Relation> memberships)
    {
        if (relation.RecordedUntil is not null || !IsSuperseded(relation) || !memberships.TryGetValue((relation.From, relation.To), out var membership))
            return relation;
        var start = relation.Start ?? relation.AsOf;
        if (start is not null && membership.Start!.Start.CompareAtCommonPrecision(start.Start) < 0)
            return relation;
        return relation with { ImpliedUntil = membership.Start, EndedBy = membership.Id };
    }

    private static bool IsSuperseded(Relation relation) =>
        AffiliationRoles.Of(relation) is AffiliationRole.Observer or AffiliationRole.DialoguePartner or AffiliationRole.Acceding;
}
