using SecurityCoop.Core.Dates;

namespace SecurityCoop.Core.Relations;

/// <summary>
/// One holder per office at a time: among the holders of one <c>title</c> in one body (<c>HOLDS_POSITION_IN</c>), a
/// holder with no recorded end leaves office when the next holder's tenure starts. The start is the stated
/// <c>since</c> or <c>date</c>, else the snapshot <c>as_of</c>; holders with neither cannot be ordered and keep no
/// implied end.
/// </summary>
public static class OfficeSuccession
{
    public static IReadOnlyList<Relation> ApplyImpliedEnds(IReadOnlyList<Relation> relations)
    {
        var successors = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var office in relations.Where(IsDatedTenure).GroupBy(r => (r.To, Title: r.Prop("title"))))
        {
            var tenures = office.OrderBy(r => TenureStart(r)!.Start, Comparer<PartialDate>.Create((a, b) => a.CompareForSorting(b))).ToList();
            for (var i = 0; i < tenures.Count - 1; i++)
            {
                var next = tenures.Skip(i + 1).FirstOrDefault(n => TenureStart(n)!.Start.CompareAtCommonPrecision(TenureStart(tenures[i])!.Start) > 0);
                if (next is not null && tenures[i].RecordedUntil is null && next.From != tenures[i].From)
                    successors[tenures[i].Id] = next;
            }
        }
        if (successors.Count == 0)
            return relations;
        return [.. relations.Select(r => successors.TryGetValue(r.Id, out var next) && r.ImpliedUntil is null
            ? r with { ImpliedUntil = TenureStart(next), EndedBy = next.Id } : r)];
    }

    /// <summary>When a tenure is known to have started: the stated start, else the snapshot date.</summary>
    public static DateValue? TenureStart(Relation holder) => holder.Start ?? holder.AsOf;

    private static bool IsDatedTenure(Relation relation) =>
        relation.Type == RelationType.HoldsPositionIn && relation.IsEstablished && relation.Prop("title") is not null && TenureStart(relation) is not null;
}
