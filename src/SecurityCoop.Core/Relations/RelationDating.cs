using SecurityCoop.Core.Dates;

namespace SecurityCoop.Core.Relations;

/// <summary>How a relation's start or end was obtained.</summary>
public enum DateBasis
{
    /// <summary>A source states it (since, until, date).</summary>
    Stated,

    /// <summary>A source states the relation as of a date ("members in 2023"): known from then on, not before.</summary>
    Snapshot,

    /// <summary>The end implied by a role change: the membership that ended an observer status, or the successor in the same office.</summary>
    RoleChange,

    /// <summary>Bounded by an end's lifetime: no earlier than both ends exist, no later than either ends.</summary>
    Lifetime,

    /// <summary>The date of the event the relation is about: it holds at that date only.</summary>
    Event,

    /// <summary>Nothing bounds it.</summary>
    Unknown,
}

/// <summary>
/// When a relation holds, and how each bound was obtained. <see cref="Last"/> is set for a relation that holds at
/// one date or span only (taking part in a dated event): then it holds as of a period that overlaps that date.
/// </summary>
public readonly record struct RelationDating(DateValue? Start, DateBasis StartBasis, DateValue? Until, DateBasis UntilBasis, DateValue? Last = null)
{
    /// <summary>Whether the relation holds at the end of the period <paramref name="asOf"/> names, at their common precision.</summary>
    public bool HoldsAsOf(PartialDate asOf)
    {
        if (Start is not null && Start.Start.CompareAtCommonPrecision(asOf) > 0)
            return false;
        if (Last is not null)
            return asOf.CompareAtCommonPrecision(Last.End) <= 0;
        return Until is null || asOf.CompareAtCommonPrecision(Until.Start) < 0;
    }
}
