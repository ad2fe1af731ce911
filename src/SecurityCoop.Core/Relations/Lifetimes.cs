using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;

namespace SecurityCoop.Core.Relations;

/// <summary>
/// The lifetime rules, in one place: a relation holds only while both its ends exist. Its start is the one a source
/// states, else its snapshot date, else the later of its ends' beginnings; its end is the one a source states or a
/// role change implies, else the earlier of its ends' ends. A relation to a dated event that states no dates of its
/// own holds at the event's date only. Both stores load relations through this, so they agree by construction.
/// </summary>
public static class Lifetimes
{
    /// <param name="relations">Relations with any role-change end already applied.</param>
    public static IReadOnlyList<Relation> Apply(IEnumerable<Node> nodes, IReadOnlyList<Relation> relations)
    {
        var lifetimes = nodes.ToDictionary(n => n.Id, Lifetime.Of, StringComparer.Ordinal);
        return [.. relations.Select(r => Dating(r, Find(lifetimes, r.From), Find(lifetimes, r.To)) is var dating && dating == r.Dating ? r : r with { Dating = dating })];
    }

    public static RelationDating Dating(Relation relation, Lifetime from, Lifetime to)
    {
        var eventEnd = from.IsEvent ? from : to.IsEvent ? to : null;
        if (eventEnd is not null && relation.Since is null && relation.RecordedUntil is null && relation.AsOf is null)
        {
            var (date, basis) = relation.Date is { } own ? (own, DateBasis.Stated) : (eventEnd.Start!, DateBasis.Event);
            return new RelationDating(date, basis, null, basis, date);
        }
        var (start, startBasis) = relation.Start is { } stated ? (stated, DateBasis.Stated)
            : relation.AsOf is { } snapshot ? (snapshot, DateBasis.Snapshot)
            : Bound(Later(from.Start, to.Start));
        var (until, untilBasis) = relation.RecordedUntil is { } recorded ? (recorded, DateBasis.Stated)
            : relation.ImpliedUntil is { } implied ? (implied, DateBasis.RoleChange)
            : Bound(Earlier(from.End, to.End));
        return new RelationDating(start, startBasis, until, untilBasis);
    }

    private static Lifetime Find(Dictionary<string, Lifetime> lifetimes, string id) => lifetimes.GetValueOrDefault(id) ?? Lifetime.Unknown;

    private static (DateValue?, DateBasis) Bound(DateValue? date) => date is null ? (null, DateBasis.Unknown) : (date, DateBasis.Lifetime);

    private static DateValue? Later(DateValue? a, DateValue? b) =>
        a is null ? b : b is null ? a : a.Start.CompareForSorting(b.Start) >= 0 ? a : b;

    private static DateValue? Earlier(DateValue? a, DateValue? b) =>
        a is null ? b : b is null ? a : a.Start.CompareForSorting(b.Start) <= 0 ? a : b;
}
