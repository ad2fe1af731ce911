using System.Globalization;
using System.Text.RegularExpressions;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// Typed columns derived from figures that the sources write as text. A value of the form "NUMBER (YEAR)" (a figure
/// and the year it holds for: "9 (2023)") gains <c>&lt;name&gt;_value</c> (the number) and <c>&lt;name&gt;_year</c>
/// (the year); a number written with thousands separators ("14,300,000,000") gains <c>&lt;name&gt;_value</c>. The
/// verbatim value stays under its own name, so every figure can be traced to its quote. <c>&lt;name&gt;</c> is the name
/// the property is written under (<c>prop_kind</c> for <c>kind</c>); nothing else is read as a figure ("10 (current)",
/// "2016 (13,184 cases)", "39-47" are left as they are), and a derived name the element already has is not derived.
/// </summary>
internal static partial class PropertyFigures
{
    public static void Derive(IDictionary<string, string> properties)
    {
        foreach (var (key, value) in properties.ToList())
        {
            var match = Figure().Match(value);
            var grouped = match.Groups["number"].Value.Contains(',', StringComparison.Ordinal);
            if (!match.Success || (!grouped && !match.Groups["year"].Success))
                continue;
            var name = ExportVocabulary.PropertyName(key);
            properties.TryAdd(name + "_value", Number(match.Groups["number"].Value));
            if (match.Groups["year"].Success)
                properties.TryAdd(name + "_year", match.Groups["year"].Value);
        }
    }

    private static string Number(string text)
    {
        var digits = text.Replace(",", "", StringComparison.Ordinal);
        return digits.Contains('.', StringComparison.Ordinal)
            ? double.Parse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)
            : long.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A number of at most 18 digits, plain or grouped in threes by commas, with an optional decimal part, then optionally " (YYYY)".</summary>
    [GeneratedRegex(@"^(?<number>-?(?:[0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]{1,15})(?:\.[0-9]+)?)(?: \((?<year>[0-9]{4})\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
