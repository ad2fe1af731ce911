using System.Text.Encodings.Web;
using System.Text.Json;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// Writes every record as one JSON line with its sources (entities, then relations, then conflicts, each in id
/// order), each entity and relation followed by one <c>fact</c> line per fact it holds (name, acronym, each alias, each
/// prop) with the passages that support that fact, so the provenance can be audited against the documents line by line.
/// </summary>
public static class FactWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> WriteAsync(GraphData data, TextWriter output, CancellationToken cancellationToken = default)
    {
        var count = 0;
        foreach (var node in data.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(Line(w =>
            {
                Header(w, "entity", node.Id);
                w.WriteString("type", node.Type.ToString());
                w.WriteString("name", node.Name);
                Props(w, node.Props);
                SourcesOf(w, node.Sources);
            }).AsMemory(), cancellationToken);
            count += 1 + await FactLinesAsync(output, node.Id, Facts.Of(node), node.Sources, cancellationToken);
        }
        foreach (var edge in data.Relations.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(Line(w =>
            {
                Header(w, "relation", edge.Id);
                w.WriteString("type", RelationTypes.NameOf(edge.Type));
                w.WriteString("from", edge.From);
                w.WriteString("to", edge.To);
                Props(w, edge.Props);
                SourcesOf(w, edge.Sources);
            }).AsMemory(), cancellationToken);
            count += 1 + await FactLinesAsync(output, edge.Id, Facts.Of(edge), edge.Sources, cancellationToken);
        }
        foreach (var conflict in data.Conflicts.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            await output.WriteLineAsync(Line(w =>
            {
                Header(w, "conflict", conflict.Id);
                w.WriteString("subject", conflict.Subject);
                w.WriteString("about", conflict.About);
                w.WriteStartArray("claims");
                foreach (var claim in conflict.Claims)
                {
                    w.WriteStartObject();
                    w.WriteString("value", claim.Value);
                    SourcesOf(w, claim.Sources);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }).AsMemory(), cancellationToken);
            count++;
        }
        await output.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>One line per fact: its own sources where the record names them ("sourcesFrom": "fact"), else the record's.</summary>
    private static async Task<int> FactLinesAsync(TextWriter output, string record, IReadOnlyList<Fact> facts, IReadOnlyList<Source> recordSources,
        CancellationToken cancellationToken)
    {
        foreach (var fact in facts)
        {
            await output.WriteLineAsync(Line(w =>
            {
                Header(w, "fact", $"{record}#{fact.Key}");
                w.WriteString("record", record);
                w.WriteString("key", fact.Key);
                w.WriteString("value", fact.Value);
                w.WriteString("sourcesFrom", fact.Sources.Count > 0 ? "fact" : "record");
                SourcesOf(w, fact.Sources.Count > 0 ? fact.Sources : recordSources);
            }).AsMemory(), cancellationToken);
        }
        return facts.Count;
    }

    private static string Line(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Header(Utf8JsonWriter writer, string kind, string id)
    {
        writer.WriteString("kind", kind);
        writer.WriteString("id", id);
    }

    private static void Props(Utf8JsonWriter writer, IReadOnlyDictionary<string, string> props)
    {
        writer.WriteStartObject("props");
        foreach (var (key, value) in props)
            writer.WriteString(key, value);
        writer.WriteEndObject();
    }

    private static void SourcesOf(Utf8JsonWriter writer, IReadOnlyList<Source> sources)
    {
        writer.WriteStartArray("sources");
        foreach (var source in sources)
        {
            writer.WriteStartObject();
            writer.WriteString("document", source.Document);
            writer.WriteNumber("line", source.Line);
            writer.WriteString("quote", source.Quote);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
