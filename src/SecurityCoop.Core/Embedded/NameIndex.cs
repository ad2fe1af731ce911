using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Search;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Names, acronyms and aliases, normalised (case, accents, spacing), for search. Exact matches come from a
/// dictionary; prefix, word and substring matches from one pass over the names.
/// </summary>
internal sealed class NameIndex
{
    private readonly List<Entry> entries = [];
    private readonly Dictionary<string, List<Entry>> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> keysByNode = new(StringComparer.Ordinal);

    public NameIndex(IEnumerable<Node> nodes)
    {
        foreach (var node in nodes)
        {
            Add(node, "acronym", node.Acronym);
            Add(node, "name", node.Name);
            foreach (var alias in node.Aliases)
                Add(node, "alias", alias);
        }
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var text = SearchText.Normalise(query.Text);
        var best = new Dictionary<string, (SearchHit Hit, int Rank)>(StringComparer.Ordinal);
        foreach (var entry in exact.GetValueOrDefault(text) ?? [])
            Offer(best, entry, SearchMatch.Exact, query.Types);
        foreach (var entry in entries)
        {
            var match = entry.Key.StartsWith(text, StringComparison.Ordinal) ? SearchMatch.Prefix
                : entry.Key.Contains(" " + text, StringComparison.Ordinal) ? SearchMatch.Word
                : entry.Key.Contains(text, StringComparison.Ordinal) ? SearchMatch.Contains
                : (SearchMatch?)null;
            if (match is { } m && m != SearchMatch.Exact)
                Offer(best, entry, m, query.Types);
        }
        return [.. best.Values
            .OrderBy(v => v.Rank)
            .ThenBy(v => v.Hit.Node.Name.Length)
            .ThenBy(v => v.Hit.Node.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .Select(v => v.Hit)];
    }

    /// <summary>Whether any of the node's names, in search form, contains <paramref name="normalised"/>.</summary>
    public bool AnyNameContains(string nodeId, string normalised) =>
        keysByNode.TryGetValue(nodeId, out var keys) && keys.Exists(k => k.Contains(normalised, StringComparison.Ordinal));

    private static void Offer(Dictionary<string, (SearchHit, int)> best, Entry entry, SearchMatch match, IReadOnlySet<NodeType>? types)
    {
        if (types is not null && !types.Contains(entry.Node.Type))
            return;
        var rank = ((int)match * 3) + entry.FieldRank;
        if (best.TryGetValue(entry.Node.Id, out var current) && current.Item2 <= rank)
            return;
        best[entry.Node.Id] = (new SearchHit(entry.Node, match, entry.Field, entry.Text), rank);
    }

    private void Add(Node node, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        var entry = new Entry(node, field, text, SearchText.Normalise(text), field switch { "acronym" => 0, "name" => 1, _ => 2 });
        entries.Add(entry);
        if (!keysByNode.TryGetValue(node.Id, out var keys))
            keysByNode[node.Id] = keys = [];
        keys.Add(entry.Key);
        if (!exact.TryGetValue(entry.Key, out var list))
            exact[entry.Key] = list = [];
        list.Add(entry);
    }

    private sealed record Entry(Node Node, string Field, string Text, string Key, int FieldRank);
}
