using System.Globalization;
using System.Text.Json;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j.Encoding;

/// <summary>Reads nodes, relations and conflicts back from what <see cref="GraphEncoding"/> stored, in one place.</summary>
public static class GraphDecoding
{
    public static Node Node(Neo4jNode node)
    {
        var p = node.Properties;
        var typeName = Text(p, "type") ?? node.Labels.FirstOrDefault(l => l != "Node") ?? "";
        if (!NodeTypes.TryParse(typeName, out var type))
            throw new InvalidDataException($"Node {Text(p, "id")} has an unknown type '{typeName}'.");
        return new Node(Text(p, "id") ?? "", type, Text(p, "name") ?? "", Text(p, "acronym"), Strings(p, "aliases"), Props(p), Sources(p))
        {
            FactSources = FactSources(p),
        };
    }

    public static Relation Relation(Neo4jRelation relationship, string from, string to)
    {
        var p = relationship.Properties;
        if (!RelationTypes.TryParse(relationship.Type, out var type))
            throw new InvalidDataException($"Relation {Text(p, "id")} has an unknown type '{relationship.Type}'.");
        var relation = new Relation(Text(p, "id") ?? relationship.ElementId, type, from, to, Props(p), Sources(p)) { FactSources = FactSources(p) };
        if (DateValue.TryParse(Text(p, "impliedUntil"), out var implied))
            relation = relation with { ImpliedUntil = implied, EndedBy = Text(p, "endedBy") };
        return Enum.TryParse<DateBasis>(Text(p, "datingStartBasis"), out var startBasis) && Enum.TryParse<DateBasis>(Text(p, "datingUntilBasis"), out var untilBasis)
            ? relation with { Dating = new RelationDating(Date(p, "datingStart"), startBasis, Date(p, "datingUntil"), untilBasis, Date(p, "datingLast")) }
            : relation;
    }

    private static DateValue? Date(IReadOnlyDictionary<string, object?> p, string key) => DateValue.TryParse(Text(p, key), out var value) ? value : null;

    public static Conflict Conflict(Neo4jNode node, string subject)
    {
        var p = node.Properties;
        using var claims = JsonDocument.Parse(Text(p, "claims") ?? "[]");
        var parsed = claims.RootElement.EnumerateArray().Select(c => new ConflictClaim(
            c.GetProperty("value").GetString() ?? "",
            [.. c.GetProperty("sources").EnumerateArray().Select(s => new Source(
                s.GetProperty("document").GetString() ?? "", s.GetProperty("line").GetInt32(), s.GetProperty("quote").GetString() ?? ""))],
            [.. c.GetProperty("relations").EnumerateArray().Select(r => r.GetString()!)],
            c.TryGetProperty("nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array ? [.. nodes.EnumerateArray().Select(n => n.GetString()!)] : null)).ToList();
        return new Conflict(Text(p, "id") ?? "", subject, Text(p, "about") ?? "", parsed, Text(p, "kept"), Text(p, "note"));
    }

    public static SourceDocument Document(Neo4jNode node)
    {
        var p = node.Properties;
        return new SourceDocument(Text(p, "id") ?? "", Text(p, "title") ?? "", Strings(p, "authors"), Number(p, "year"), Text(p, "kind") ?? "",
            Text(p, "language") ?? "", Text(p, "citation") ?? "", Text(p, "lines") ?? "", Number(p, "lineCount"), Text(p, "publisher"), Text(p, "note"));
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<Source>> FactSources(IReadOnlyDictionary<string, object?> p)
    {
        if (Text(p, "factSources") is not { } json)
            return Facts.None;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject().ToDictionary(f => f.Name, f => (IReadOnlyList<Source>)[.. f.Value.EnumerateArray().Select(s =>
            new Source(s.GetProperty("document").GetString() ?? "", s.GetProperty("line").GetInt32(), s.GetProperty("quote").GetString() ?? ""))], StringComparer.Ordinal);
    }

    private static int? Number(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) && v is long n ? (int)n : null;

    private static SortedDictionary<string, string> Props(IReadOnlyDictionary<string, object?> p)
    {
        var props = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in Strings(p, "propKeys"))
        {
            if (p.TryGetValue(key, out var value) && value is not null)
                props[key] = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        }
        return props;
    }

    private static List<Source> Sources(IReadOnlyDictionary<string, object?> p)
    {
        var documents = Strings(p, "sourceDocuments");
        var quotes = Strings(p, "sourceQuotes");
        var lines = p.TryGetValue("sourceLines", out var l) && l is IEnumerable<object?> list ? list.Select(Convert.ToInt32).ToList() : [];
        return [.. documents.Select((d, i) => new Source(d, i < lines.Count ? lines[i] : 0, i < quotes.Count ? quotes[i] : ""))];
    }

    private static string? Text(IReadOnlyDictionary<string, object?> p, string key) => p.TryGetValue(key, out var v) ? v as string : null;

    private static List<string> Strings(IReadOnlyDictionary<string, object?> p, string key) =>
        p.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? [.. list.OfType<string>()] : [];
}
