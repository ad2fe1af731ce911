using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Tests;

/// <summary>Builds the small graph a test needs: nodes by id (the type comes from the prefix), edges with props.</summary>
internal sealed class TinyGraph
{
    private readonly List<Node> nodes = [];
    private readonly List<Relation> edges = [];
    private readonly List<Conflict> conflicts = [];

    public static Source Cite(string quote) => new("test.txt", 1, quote);

    public TinyGraph Node(string id, string? name = null, string? acronym = null, params string[] aliases)
    {
        var type = NodeTypes.FromId(id) ?? throw new ArgumentException($"unknown prefix in {id}");
        nodes.Add(new Node(id, type, name ?? id, acronym, aliases, new Dictionary<string, string>(), [Cite(id)]));
        return this;
    }

    /// <summary>Adds a node with props given as "key=value" pairs (founded=1994, dissolved=2001, date=2014-08).</summary>
    public TinyGraph NodeWith(string id, params string[] props)
    {
        var type = NodeTypes.FromId(id) ?? throw new ArgumentException($"unknown prefix in {id}");
        var map = props.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        nodes.Add(new Node(id, type, id, null, [], map, [Cite(id)]));
        return this;
    }

    public TinyGraph Nodes(params string[] ids)
    {
        foreach (var id in ids)
            Node(id);
        return this;
    }

    /// <summary>
    /// Adds an edge; props are "key=value" pairs, except "@doc=name", which names the document its source cites (by default
    /// test.txt). The id is rel:type:from:to plus a counter.
    /// </summary>
    public TinyGraph Relation(RelationType type, string from, string to, params string[] props)
    {
        var id = $"rel:{RelationTypes.NameOf(type).ToLowerInvariant()}:{from.Replace(':', '-')}:{to.Replace(':', '-')}:{edges.Count}";
        var pairs = props.Select(p => p.Split('=', 2)).ToList();
        var map = pairs.Where(p => p[0] != "@doc").ToDictionary(p => p[0], p => p[1]);
        var document = pairs.FirstOrDefault(p => p[0] == "@doc")?[1] ?? "test.txt";
        edges.Add(new Relation(id, type, from, to, map, [new Source(document, 1, id)]));
        return this;
    }

    public TinyGraph Member(string from, string to, params string[] props) => Relation(RelationType.MemberOf, from, to, props);

    public TinyGraph Conflict(string id, string subject, string about, params string[] values)
    {
        conflicts.Add(new Conflict(id, subject, about, [.. values.Select(v => new ConflictClaim(v, [Cite(v)], []))], null, null));
        return this;
    }

    /// <summary>Cites <paramref name="quote"/> (in <paramref name="document"/>) for one fact of a node: name, acronym, alias:x or a prop.</summary>
    public TinyGraph FactSource(string nodeId, string key, string quote, string document = "test.txt")
    {
        var index = nodes.FindIndex(n => n.Id == nodeId);
        var node = nodes[index];
        var sources = new Dictionary<string, IReadOnlyList<Source>>(node.FactSources, StringComparer.Ordinal) { [key] = [new Source(document, 1, quote)] };
        nodes[index] = node with { FactSources = sources };
        return this;
    }

    /// <summary>Adds a conflict whose claims are sets of node ids, each claim's ids separated by commas.</summary>
    public TinyGraph SetConflict(string id, string subject, string about, params string[] claims)
    {
        conflicts.Add(new Conflict(id, subject, about, [.. claims.Select(c => new ConflictClaim(c, [Cite(c)], [], c.Split(',')))], null, null));
        return this;
    }

    public string EdgeId(int index) => edges[index].Id;

    /// <summary>The graph, with a catalogue record for every document its sources name.</summary>
    public GraphData Build() => new(nodes, edges, conflicts,
        [.. nodes.SelectMany(n => n.Sources).Concat(edges.SelectMany(e => e.Sources)).Select(s => s.Document).Distinct().Order(StringComparer.Ordinal)
            .Concat(nodes.SelectMany(n => n.FactSources.Values.SelectMany(v => v)).Select(s => s.Document)).Distinct().Order(StringComparer.Ordinal)
            .Select(d => new SourceDocument(d, $"The {d} document", ["A. Tester"], 2024, "test document", "en", $"Tester, {d} (2024)", "1-based lines", 10))]);
}
