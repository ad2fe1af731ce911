using System.Text;

namespace SecurityCoop.Tests.Exports;

/// <summary>A strict RFC 4180 reader for the tests: CRLF between records, quotes only around whole fields.</summary>
internal static class CsvTable
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
                i = ReadQuoted(text, i + 1, field);
            else if (text[i] == ',')
                (fields, i) = (Add(fields, field), i + 1);
            else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                records.Add([.. Add(fields, field)]);
                (fields, i) = ([], i + 2);
            }
            else if (text[i] is '"' or '\r' or '\n')
                throw new FormatException($"stray {(int)text[i]} at {i}");
            else
                field.Append(text[i++]);
        }
        if (fields.Count > 0 || field.Length > 0)
            throw new FormatException("the last record does not end with CRLF");
        return records;
    }

    /// <summary>The records as dictionaries keyed by the header's column names.</summary>
    public static List<Dictionary<string, string>> Rows(string text)
    {
        var records = Parse(text);
        var header = records[0];
        Assert.All(records, r => Assert.Equal(header.Length, r.Length));
        return [.. records.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second))];
    }

    private static List<string> Add(List<string> fields, StringBuilder field)
    {
        fields.Add(field.ToString());
        field.Clear();
        return fields;
    }

    private static int ReadQuoted(string text, int i, StringBuilder field)
    {
        while (true)
        {
            if (i >= text.Length)
                throw new FormatException("unterminated quoted field");
            if (text[i] != '"')
                field.Append(text[i++]);
            else if (i + 1 < text.Length && text[i + 1] == '"')
                (field, i) = (field.Append('"'), i + 2);
            else
                return EnsureDelimited(text, i + 1);
        }
    }

    private static int EnsureDelimited(string text, int i) =>
        i == text.Length || text[i] == ',' || text[i] == '\r' ? i : throw new FormatException($"text after a closing quote at {i}");
}
