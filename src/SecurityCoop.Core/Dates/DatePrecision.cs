namespace SecurityCoop.Core.Dates;

/// <summary>How much of a date the source gives.</summary>
public enum DatePrecision
{
    Year = 1,
    Month = 2,
    Day = 3,
}
