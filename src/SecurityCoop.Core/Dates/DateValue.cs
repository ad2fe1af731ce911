using System.Collections.Concurrent;

namespace SecurityCoop.Core.Dates;

/// <summary>
/// A date as the dataset holds it: one partial date, or a span "start/end" ("1995/1996",
/// "2022-03-28/2022-03-29"), together with the text as written.
/// </summary>
public sealed record DateValue(string Text, PartialDate Start, PartialDate End)
{
    /// <summary>How many distinct texts are kept parsed; the few hundred years and days of a dataset fit well within it.</summary>
    private const int KeptAtMost = 100_000;

    /// <summary>Parsed dates by text, shared: a million relations "since 1977" hold one value.</summary>
    private static readonly ConcurrentDictionary<string, DateValue> Parsed = new(StringComparer.Ordinal);

    public bool IsSpan => Start != End;

    public static bool TryParse(string? text, out DateValue? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
            return false;
        if (Parsed.TryGetValue(text, out value))
            return true;
        var parts = text.Split('/');
        if (parts.Length > 2 || !PartialDate.TryParse(parts[0], out var start))
            return false;
        var end = start;
        if (parts.Length == 2 && (!PartialDate.TryParse(parts[1], out end) || end.CompareAtCommonPrecision(start) < 0))
            return false;
        value = new DateValue(text, start, end);
        if (Parsed.Count < KeptAtMost)
            Parsed.TryAdd(text, value);
        return true;
    }
}
