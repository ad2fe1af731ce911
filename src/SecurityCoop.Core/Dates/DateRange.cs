namespace SecurityCoop.Core.Dates;

/// <summary>
/// A range of start dates, either end open: "started in or after 2005" is <c>From = 2005</c>. Both ends and the date
/// tested compare at their common precision, so 2005-03 lies in a range from 2005.
/// </summary>
public sealed record DateRange(PartialDate? From = null, PartialDate? To = null)
{
    /// <summary>Whether <paramref name="start"/> falls in the range; an unknown start falls in none.</summary>
    public bool Contains(DateValue? start) =>
        start is not null
        && (From is not { } from || start.Start.CompareAtCommonPrecision(from) >= 0)
        && (To is not { } to || start.Start.CompareAtCommonPrecision(to) <= 0);

    /// <summary>Null when the range is well formed, else what is wrong with it.</summary>
    public string? Problem() =>
        From is { } from && To is { } to && from.CompareAtCommonPrecision(to) > 0
            ? $"its 'from' ({from}) is after its 'to' ({to}); give the earlier date as 'from'."
            : null;
}
