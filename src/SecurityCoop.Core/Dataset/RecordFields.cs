using System.Text;
using System.Text.Json;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// The fields of one entity or relation line, read from its UTF-8 bytes in one pass of <see cref="Utf8JsonReader"/>.
/// A field of the wrong JSON kind reads as missing, as <see cref="DatasetJson"/> reads it; unknown fields are skipped.
/// </summary>
internal sealed class RecordFields
{
    public bool IsObject { get; private set; }

    public string? Id { get; private set; }

    public string? Type { get; private set; }

    public string? Name { get; private set; }

    public string? Acronym { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public IReadOnlyList<string> Aliases { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Props { get; private set; } = PropSet.Empty;

    public IReadOnlyList<Source> Sources { get; private set; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<Source>> FactSources { get; private set; } = Facts.None;

    /// <summary>Reads one line.</summary>
    /// <exception cref="JsonException">The line is not one JSON value.</exception>
    public static RecordFields Read(ReadOnlySpan<byte> line, DatasetStrings strings)
    {
        var fields = new RecordFields();
        var reader = new Utf8JsonReader(line);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            while (reader.Read())
            {
            }
            return fields;
        }
        fields.IsObject = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Field(ref reader);
            reader.Read();
            switch (field)
            {
                case "id": fields.Id = Text(ref reader, strings, share: true); break;
                case "type": fields.Type = Text(ref reader, strings, share: true); break;
                case "name": fields.Name = Text(ref reader, strings, share: false); break;
                case "acronym": fields.Acronym = Text(ref reader, strings, share: false); break;
                case "from": fields.From = Text(ref reader, strings, share: true); break;
                case "to": fields.To = Text(ref reader, strings, share: true); break;
                case "aliases": fields.Aliases = Texts(ref reader, strings); break;
                case "props": fields.Props = ReadProps(ref reader, line, strings); break;
                case "sources": fields.Sources = ReadSources(ref reader, strings); break;
                case "factSources": fields.FactSources = ReadFactSources(ref reader, strings); break;
                default: reader.Skip(); break;
            }
        }
        while (reader.Read())
        {
        }
        return fields;
    }

    private static string? Field(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? "id"
        : reader.ValueTextEquals("type"u8) ? "type"
        : reader.ValueTextEquals("name"u8) ? "name"
        : reader.ValueTextEquals("acronym"u8) ? "acronym"
        : reader.ValueTextEquals("from"u8) ? "from"
        : reader.ValueTextEquals("to"u8) ? "to"
        : reader.ValueTextEquals("aliases"u8) ? "aliases"
        : reader.ValueTextEquals("props"u8) ? "props"
        : reader.ValueTextEquals("sources"u8) ? "sources"
        : reader.ValueTextEquals("factSources"u8) ? "factSources"
        : null;

    /// <summary>A string value, or null for any other kind (skipped).</summary>
    private static string? Text(ref Utf8JsonReader reader, DatasetStrings strings, bool share)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            return null;
        }
        return share ? strings.Shared(ref reader) : reader.GetString();
    }

    private static IReadOnlyList<string> Texts(ref Utf8JsonReader reader, DatasetStrings strings)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }
        var texts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (Text(ref reader, strings, share: false) is { } text)
                texts.Add(text);
        }
        return texts;
    }

    private static IReadOnlyDictionary<string, string> ReadProps(ref Utf8JsonReader reader, ReadOnlySpan<byte> line, DatasetStrings strings)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return PropSet.Empty;
        }
        var pairs = new List<KeyValuePair<string, string>>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = strings.Shared(ref reader);
            reader.Read();
            pairs.Add(new(key, strings.Shared(PropText(ref reader, line))));
        }
        return strings.Props(PropSet.Of(pairs));
    }

    /// <summary>A prop's value as text: a string as it is, a number or object as written, an array's items joined by "; ".</summary>
    private static string PropText(ref Utf8JsonReader reader, ReadOnlySpan<byte> line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString()!;
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(PropText(ref reader, line));
                return string.Join("; ", items);
            default:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                return Encoding.UTF8.GetString(line[start..(int)reader.BytesConsumed]);
        }
    }

    private static IReadOnlyList<Source> ReadSources(ref Utf8JsonReader reader, DatasetStrings strings)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }
        var sources = new List<Source>(1);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            sources.Add(ReadSource(ref reader, strings));
        return sources.ToArray();
    }

    /// <summary>One source, <c>{"document", "line", "quote"}</c>; anything else reads as a source with none of them.</summary>
    private static Source ReadSource(ref Utf8JsonReader reader, DatasetStrings strings)
    {
        var (document, number, quote) = ((string?)null, 0, (string?)null);
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return new Source("", 0, "");
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("document"u8))
            {
                reader.Read();
                document = Text(ref reader, strings, share: true);
            }
            else if (reader.ValueTextEquals("quote"u8))
            {
                reader.Read();
                quote = Text(ref reader, strings, share: false);
            }
            else if (reader.ValueTextEquals("line"u8))
            {
                reader.Read();
                number = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n) ? n : 0;
                reader.Skip();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return new Source(document ?? "", number, quote ?? "");
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<Source>> ReadFactSources(ref Utf8JsonReader reader, DatasetStrings strings)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return Facts.None;
        }
        var facts = new Dictionary<string, IReadOnlyList<Source>>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = strings.Shared(ref reader);
            reader.Read();
            facts[key] = ReadSources(ref reader, strings);
        }
        return facts;
    }
}
