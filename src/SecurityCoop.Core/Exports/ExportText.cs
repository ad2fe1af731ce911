using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Exports;

/// <summary>How values that have no native form in a format are written as text, the same way in every format.</summary>
internal static class ExportText
{
    public static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The first day of the period a date names ("2016-06" is 2016-06-01), as an ISO date.</summary>
    public static string FirstDay(DateValue date)
    {
        var start = date.Start;
        return new DateOnly(start.Year, start.Month ?? 1, start.Day ?? 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Sources as a compact JSON array of {document, line, quote}, for formats whose values are flat text.</summary>
    public static string Sources(IReadOnlyList<Source> sources)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            JsonExport.WriteSourcesArray(json, sources);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The text with characters XML 1.0 cannot hold (control characters, lone surrogates) replaced by U+FFFD.</summary>
    public static string Xml(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
                if (pair)
                    cleaned?.Append(text[i + 1]);
                i += pair ? 1 : 0;
                continue;
            }
            cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
            cleaned.Append('\uFFFD');
        }
        return cleaned?.ToString() ?? text;
    }
}
