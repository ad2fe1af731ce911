using System.Globalization;
using System.Text;

namespace SecurityCoop.Core.Search;

/// <summary>
/// The form names are compared in: lower case, accents removed, curly apostrophes as straight ones (the texts write
/// both), dashes and runs of spaces as one space.
/// </summary>
public static class SearchText
{
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var lower = c is '\u2018' or '\u2019' ? '\'' : char.ToLowerInvariant(c);
            var space = char.IsWhiteSpace(lower) || lower is '-' or '\u2013' or '\u2014' or '_';
            if (space && (builder.Length == 0 || builder[^1] == ' '))
                continue;
            builder.Append(space ? ' ' : lower);
        }
        return builder.ToString().TrimEnd();
    }
}
