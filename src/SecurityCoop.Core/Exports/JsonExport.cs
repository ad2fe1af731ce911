using System.Globalization;
using System.Text.Json;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Exports;

/// <summary>The pieces the JSON formats share, written the same way in each.</summary>
internal static class JsonExport
{
    private const int FlushThreshold = 64 * 1024;

    public static Utf8JsonWriter Open(Stream output) => new(output, ExportText.JsonOptions);

    /// <summary>Writes one array item by item, handing the buffered bytes to the stream whenever they pile up.</summary>
    public static async Task WriteArrayAsync<T>(
        Utf8JsonWriter json, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem, CancellationToken cancellationToken)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            writeItem(json, item);
            if (json.BytesPending >= FlushThreshold)
                await json.FlushAsync(cancellationToken);
        }
        json.WriteEndArray();
    }

    public static void WriteMetadata(Utf8JsonWriter json, string name, NetworkMetadata metadata)
    {
        json.WriteStartObject(name);
        json.WriteString("release", metadata.Release);
        json.WriteString("scope", metadata.Scope);
        json.WriteString("generated", metadata.GeneratedText);
        json.WriteStartObject("filters");
        foreach (var (key, value) in metadata.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
            json.WriteString(key, value);
        json.WriteEndObject();
        json.WriteStartObject("documents");
        foreach (var document in metadata.Documents ?? [])
        {
            json.WriteStartObject(document.Id);
            json.WriteString("title", document.Title);
            json.WriteString("citation", document.Citation);
            json.WriteString("kind", document.Kind);
            if (document.Year is { } year)
                json.WriteNumber("year", year);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The kind of each node property and of each edge property over the whole document, so a property whose values are all numbers is written as JSON numbers in every element.</summary>
    public static (IReadOnlyDictionary<string, AttributeKind> Nodes, IReadOnlyDictionary<string, AttributeKind> Edges) Kinds(
        NetworkDocument document, CancellationToken cancellationToken) =>
        (AttributeKinds.OfProperties(document.Nodes.Select(n => n.Properties), cancellationToken),
         AttributeKinds.OfProperties(document.Edges.Select(e => e.Properties), cancellationToken));

    /// <summary>
    /// Writes properties as members, typed by <paramref name="kinds"/>: numbers and booleans where every value of the
    /// property is one, else strings. One whose name the format or any other export format uses becomes
    /// <c>prop_&lt;name&gt;</c> (<see cref="ExportVocabulary"/>).
    /// </summary>
    public static void WriteProperties(
        Utf8JsonWriter json, IReadOnlyDictionary<string, string> properties, IReadOnlySet<string> taken, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        foreach (var (key, value) in properties)
        {
            var name = taken.Contains(key) ? "prop_" + key : ExportVocabulary.PropertyName(key);
            switch (kinds.GetValueOrDefault(key, AttributeKind.String))
            {
                case AttributeKind.Int or AttributeKind.Long:
                    json.WriteNumber(name, long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
                    break;
                case AttributeKind.Double:
                    json.WriteNumber(name, double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture));
                    break;
                case AttributeKind.Boolean:
                    json.WriteBoolean(name, value == "true");
                    break;
                default:
                    json.WriteString(name, value);
                    break;
            }
        }
    }

    /// <summary>Writes the node's position as numeric <c>x</c> and <c>y</c> members, when it has one.</summary>
    public static void WritePosition(Utf8JsonWriter json, NetworkNode node)
    {
        if (node.Position is not { } position)
            return;
        json.WriteNumber("x", position.X);
        json.WriteNumber("y", position.Y);
    }

    /// <summary>Writes <c>since</c>, <c>until</c> (the dates as the sources give them) and their years, leaving out what is unknown.</summary>
    public static void WriteDates(Utf8JsonWriter json, NetworkEdge edge)
    {
        if (edge.Since is { } since)
        {
            json.WriteString("since", since.Text);
            json.WriteNumber("since_year", since.Start.Year);
        }
        if (edge.Until is { } until)
        {
            json.WriteString("until", until.Text);
            json.WriteNumber("until_year", until.Start.Year);
        }
    }

    public static void WriteSources(Utf8JsonWriter json, IReadOnlyList<Source> sources)
    {
        json.WritePropertyName("sources");
        WriteSourcesArray(json, sources);
    }

    public static void WriteSourcesArray(Utf8JsonWriter json, IReadOnlyList<Source> sources)
    {
        json.WriteStartArray();
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("document", source.Document);
            json.WriteNumber("line", source.Line);
            json.WriteString("quote", source.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
