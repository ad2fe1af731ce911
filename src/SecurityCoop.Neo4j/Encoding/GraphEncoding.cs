using System.Text.Json;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Neo4j.Encoding;

/// <summary>
/// How the domain is stored in Neo4j. A node is <c>(:Node:&lt;Type&gt;)</c> with its id, type, name, acronym, aliases,
/// search keys, its dataset props as properties of their own (listed in <c>propKeys</c>) and its sources as three
/// parallel lists. A relation carries its props the same way, plus what queries filter on: <c>startLo</c>,
/// <c>untilLo</c> and <c>lastHi</c> (see <see cref="DateKeys"/>) from its dates under the lifetime rules, with how each
/// was obtained (<c>datingStart</c>, <c>datingStartBasis</c>, ...), and <c>affiliationRole</c>.
/// </summary>
public static class GraphEncoding
{
    public static Dictionary<string, object?> NodeProperties(Node node)
    {
        var searchable = new List<(string Field, string Text)>();
        if (node.Acronym is { } acronym)
            searchable.Add(("acronym", acronym));
        searchable.Add(("name", node.Name));
        searchable.AddRange(node.Aliases.Select(a => ("alias", a)));
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = node.Id,
            ["type"] = node.Type.ToString(),
            ["name"] = node.Name,
            ["acronym"] = node.Acronym,
            ["aliases"] = node.Aliases.ToList(),
            ["aliasText"] = string.Join("; ", node.Aliases),
            ["searchFields"] = searchable.Select(s => s.Field).ToList(),
            ["searchKeys"] = searchable.Select(s => SearchText.Normalise(s.Text)).ToList(),
            ["searchTexts"] = searchable.Select(s => s.Text).ToList(),
        };
        properties["searchKeyText"] = string.Join('\n', (List<string>)properties["searchKeys"]!);
        AddProps(properties, node.Props);
        AddSources(properties, node.Sources, node.FactSources);
        return properties;
    }

    /// <param name="edge">The edge with any implied end already applied (see <see cref="RoleChanges"/>).</param>
    public static Dictionary<string, object?> RelationProperties(Relation edge)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = edge.Id };
        AddProps(properties, edge.Props);
        AddSources(properties, edge.Sources, edge.FactSources);
        var dating = edge.Dating;
        properties["startLo"] = dating.Start is { } start ? DateKeys.Low(start.Start) : null;
        properties["untilLo"] = dating.Until is { } until ? DateKeys.Low(until.Start) : null;
        properties["lastHi"] = dating.Last is { } last ? DateKeys.High(last.End) : null;
        properties["datingStart"] = dating.Start?.Text;
        properties["datingStartBasis"] = dating.StartBasis.ToString();
        properties["datingUntil"] = dating.Until?.Text;
        properties["datingUntilBasis"] = dating.UntilBasis.ToString();
        properties["datingLast"] = dating.Last?.Text;
        properties["impliedUntil"] = edge.ImpliedUntil?.Text;
        properties["endedBy"] = edge.EndedBy;
        properties["affiliationRole"] = AffiliationRoles.Of(edge)?.ToString();
        return properties;
    }

    public static Dictionary<string, object?> ConflictProperties(Conflict conflict) => new(StringComparer.Ordinal)
    {
        ["id"] = conflict.Id,
        ["about"] = conflict.About,
        ["kept"] = conflict.Kept,
        ["note"] = conflict.Note,
        ["claims"] = JsonSerializer.Serialize(conflict.Claims.Select(c => new
        {
            value = c.Value,
            sources = c.Sources.Select(s => new { document = s.Document, line = s.Line, quote = s.Quote }),
            relations = c.Relations,
            nodes = c.Nodes,
        })),
    };

    /// <summary>A catalogued document as a <c>(:SourceDocument)</c>: its fields under their own names.</summary>
    public static Dictionary<string, object?> DocumentProperties(SourceDocument document) => new(StringComparer.Ordinal)
    {
        ["id"] = document.Id,
        ["title"] = document.Title,
        ["authors"] = document.Authors.ToList(),
        ["year"] = document.Year is { } year ? (long)year : null,
        ["kind"] = document.Kind,
        ["language"] = document.Language,
        ["citation"] = document.Citation,
        ["lines"] = document.LineCounting,
        ["lineCount"] = document.LineCount is { } count ? (long)count : null,
        ["publisher"] = document.Publisher,
        ["note"] = document.Note,
    };

    private static void AddProps(Dictionary<string, object?> properties, IReadOnlyDictionary<string, string> props)
    {
        var keys = new List<string>();
        foreach (var (key, value) in props)
        {
            if (properties.ContainsKey(key) || StoredKeys.Contains(key))
                continue;
            properties[key] = value;
            keys.Add(key);
        }
        properties["propKeys"] = keys;
    }

    private static void AddSources(Dictionary<string, object?> properties, IReadOnlyList<Source> sources, IReadOnlyDictionary<string, IReadOnlyList<Source>> factSources)
    {
        properties["factSources"] = factSources.Count == 0 ? null : JsonSerializer.Serialize(factSources.ToDictionary(p => p.Key,
            p => p.Value.Select(s => new { document = s.Document, line = s.Line, quote = s.Quote })));
        properties["sourceDocuments"] = sources.Select(s => s.Document).ToList();
        properties["sourceLines"] = sources.Select(s => (long)s.Line).ToList();
        properties["sourceQuotes"] = sources.Select(s => s.Quote).ToList();
    }

    /// <summary>Property names the encoding itself uses; a dataset prop of the same name would be shadowed.</summary>
    public static IReadOnlySet<string> StoredKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "type", "name", "acronym", "aliases", "aliasText", "searchFields", "searchKeys", "searchKeyText", "searchTexts", "propKeys",
        "sourceDocuments", "sourceLines", "sourceQuotes", "startLo", "untilLo", "lastHi", "impliedUntil", "endedBy", "affiliationRole",
        "datingStart", "datingStartBasis", "datingUntil", "datingUntilBasis", "datingLast", "factSources",
    };
}
