using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Search;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Names, acronyms and aliases, normalised (case, accents, spacing), for search: one entry per name in an array, grouped
/// by node number, and the entries' numbers in key order. Exact matches come from a binary search of the keys; prefix,
/// word and substring matches from one pass over the entries.
/// </summary>
internal sealed class NameIndex
{
    private readonly IReadOnlyList<Node> nodes;
    private readonly Entry[] entries;
    private readonly int[] firstEntry;
    private readonly int[] byKey;

    /// <param name="nodes">The nodes by number.</param>
    public NameIndex(IReadOnlyList<Node> nodes)
        : this(nodes, null, null)
    {
    }

    /// <param name="keys">The entries' keys, in entry order, when known (a snapshot holds them); else each name is normalised.</param>
    /// <param name="order">The entries' numbers in key order, when known.</param>
    private NameIndex(IReadOnlyList<Node> nodes, string[]? keys, int[]? order)
    {
        this.nodes = nodes;
        var list = new List<Entry>(nodes.Count);
        firstEntry = new int[nodes.Count + 1];
        for (var n = 0; n < nodes.Count; n++)
        {
            firstEntry[n] = list.Count;
            var node = nodes[n];
            Add(list, n, Field.Acronym, node.Acronym, keys);
            Add(list, n, Field.Name, node.Name, keys);
            foreach (var alias in node.Aliases)
                Add(list, n, Field.Alias, alias, keys);
        }
        firstEntry[nodes.Count] = list.Count;
        entries = [.. list];
        if (keys is not null && (keys.Length != entries.Length || order is null || order.Length != entries.Length))
            throw new InvalidDataException("The snapshot's name index does not match its nodes.");
        if (order is not null)
            byKey = order;
        else
        {
            byKey = [.. Enumerable.Range(0, entries.Length)];
            Array.Sort(byKey, (a, b) => string.CompareOrdinal(entries[a].Key, entries[b].Key) is var compared and not 0 ? compared : a.CompareTo(b));
        }
    }

    /// <summary>Writes the keys and their order; the entries themselves follow from the nodes.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.WriteStrings([.. entries.Select(e => e.Key)]);
        writer.WriteArray(byKey);
    }

    public static NameIndex Read(BinaryReader reader, IReadOnlyList<Node> nodes) => new(nodes, reader.ReadStrings(), reader.ReadArray<int>());

    private enum Field : byte
    {
        Acronym,
        Name,
        Alias,
    }

    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var text = SearchText.Normalise(query.Text);
        var best = new Dictionary<int, (SearchHit Hit, int Rank)>();
        for (var k = FirstWithKey(text); k < byKey.Length && entries[byKey[k]].Key == text; k++)
            Offer(best, entries[byKey[k]], SearchMatch.Exact, query.Types);
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

    /// <summary>Whether any of node <paramref name="node"/>'s names, in search form, contains <paramref name="normalised"/>.</summary>
    public bool AnyNameContains(int node, string normalised)
    {
        for (var e = firstEntry[node]; e < firstEntry[node + 1]; e++)
        {
            if (entries[e].Key.Contains(normalised, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The first position in key order whose key is not less than <paramref name="key"/>.</summary>
    private int FirstWithKey(string key)
    {
        var (low, high) = (0, byKey.Length);
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            (low, high) = string.CompareOrdinal(entries[byKey[middle]].Key, key) < 0 ? (middle + 1, high) : (low, middle);
        }
        return low;
    }

    private void Offer(Dictionary<int, (SearchHit, int)> best, in Entry entry, SearchMatch match, IReadOnlySet<NodeType>? types)
    {
        var node = nodes[entry.Node];
        if (types is not null && !types.Contains(node.Type))
            return;
        var rank = ((int)match * 3) + (int)entry.Field;
        if (best.TryGetValue(entry.Node, out var current) && current.Item2 <= rank)
            return;
        best[entry.Node] = (new SearchHit(node, match, FieldName(entry.Field), entry.Text), rank);
    }

    private static string FieldName(Field field) => field switch { Field.Acronym => "acronym", Field.Name => "name", _ => "alias" };

    private static void Add(List<Entry> list, int node, Field field, string? text, string[]? keys)
    {
        if (string.IsNullOrWhiteSpace(text))
            return;
        if (keys is not null && list.Count >= keys.Length)
            throw new InvalidDataException("The snapshot's name index does not match its nodes.");
        list.Add(new Entry(node, field, text, keys?[list.Count] ?? SearchText.Normalise(text)));
    }

    /// <param name="Node">The node's number.</param>
    /// <param name="Text">The name as the node gives it.</param>
    /// <param name="Key">The name in search form.</param>
    private readonly record struct Entry(int Node, Field Field, string Text, string Key);
}
