using System.Globalization;

namespace SecurityCoop.Core.Dates;

/// <summary>
/// A date known to a year, a month or a day ("2016", "2016-06", "2016-06-15"). Two partial dates compare
/// at the coarser of their precisions, so "2016" and "2016-06" are equal, and "2016-05" is before "2016-06".
/// </summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryNumber(parts[0], 1, 9999, out var year))
            return false;
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !TryNumber(parts[1], 1, 12, out var m))
                return false;
            month = m;
        }
        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !TryNumber(parts[2], 1, DateTime.DaysInMonth(year, month!.Value), out var d))
                return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Negative when this is before <paramref name="other"/>, 0 when equal at the common precision.</summary>
    public int CompareAtCommonPrecision(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0 || Month is null || other.Month is null)
            return byYear;
        var byMonth = Month.Value.CompareTo(other.Month.Value);
        if (byMonth != 0 || Day is null || other.Day is null)
            return byMonth;
        return Day.Value.CompareTo(other.Day.Value);
    }

    /// <summary>Total order for sorting: by date, the less precise first when they agree.</summary>
    public int CompareForSorting(PartialDate other)
    {
        var common = CompareAtCommonPrecision(other);
        return common != 0 ? common : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static bool TryNumber(string text, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;
}
