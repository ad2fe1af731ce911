using SecurityCoop.Core.Dates;

namespace SecurityCoop.Neo4j.Encoding;

/// <summary>
/// Partial dates as integers Cypher can compare: the first (<see cref="Low"/>) and last (<see cref="High"/>) day
/// they cover, as yyyymmdd. "a is on or before b at their common precision" is exactly <c>Low(a) &lt;= High(b)</c>,
/// so the as-of rules of the embedded store become two integer comparisons on every relation.
/// </summary>
public static class DateKeys
{
    public static int Low(PartialDate date) => (date.Year * 10000) + ((date.Month ?? 1) * 100) + (date.Day ?? 1);

    public static int High(PartialDate date)
    {
        var month = date.Month ?? 12;
        return (date.Year * 10000) + (month * 100) + (date.Day ?? DateTime.DaysInMonth(date.Year, month));
    }
}
