using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Yen's algorithm for the k shortest loopless routes. Each candidate deviates from an accepted route at a spur
/// node, with the root's nodes and the links that earlier routes took from that root banned; the spur part is a
/// bidirectional breadth-first search. Routes are told apart by their nodes (parallel relations between the same
/// two nodes are one link), and ties are broken by the route's node ids, so answers are repeatable.
/// </summary>
internal static class KShortestPaths
{
    public static IReadOnlyList<IReadOnlyList<Relation>> Find(GraphIndex graph, RelationFilter filter, string from, string to, int k, int maxHops)
    {
        var first = ShortestPathSearch.Find(new Traversal(graph, filter), from, to, maxHops);
        if (first is null)
            return [];
        var accepted = new List<Route> { new(from, first) };
        var known = new HashSet<string>(StringComparer.Ordinal) { accepted[0].Key };
        var candidates = new SortedSet<Route>(Comparer<Route>.Create((a, b) =>
            a.Relations.Count != b.Relations.Count ? a.Relations.Count.CompareTo(b.Relations.Count) : string.CompareOrdinal(a.Key, b.Key)));
        while (accepted.Count < k)
        {
            foreach (var candidate in Deviations(graph, filter, to, maxHops, accepted))
            {
                if (known.Add(candidate.Key))
                    candidates.Add(candidate);
            }
            if (candidates.Count == 0)
                break;
            var best = candidates.Min!;
            candidates.Remove(best);
            accepted.Add(best);
        }
        return [.. accepted.Select(r => r.Relations)];
    }

    private static IEnumerable<Route> Deviations(GraphIndex graph, RelationFilter filter, string to, int maxHops, List<Route> accepted)
    {
        var previous = accepted[^1];
        for (var i = 0; i < previous.Relations.Count; i++)
        {
            var spur = previous.Nodes[i];
            var root = previous.Nodes.Take(i + 1).ToList();
            var bannedLinks = accepted.Where(r => r.Nodes.Count > i + 1 && r.Nodes.Take(i + 1).SequenceEqual(root))
                .Select(r => (spur, r.Nodes[i + 1])).ToHashSet();
            var traversal = new Traversal(graph, filter) { BannedNodes = root.Take(i).ToHashSet(StringComparer.Ordinal), BannedLinks = bannedLinks };
            if (ShortestPathSearch.Find(traversal, spur, to, maxHops - i) is { } spurPath)
                yield return new Route(previous.Nodes[0], [.. previous.Relations.Take(i), .. spurPath]);
        }
    }

    /// <summary>A route: its edges, the nodes they visit, and a key made of those nodes.</summary>
    private sealed class Route
    {
        public Route(string start, IReadOnlyList<Relation> edges)
        {
            Relations = edges;
            var nodes = new List<string> { start };
            foreach (var edge in edges)
                nodes.Add(edge.OtherEnd(nodes[^1]));
            Nodes = nodes;
            Key = string.Join('>', nodes);
        }

        public IReadOnlyList<Relation> Relations { get; }

        public IReadOnlyList<string> Nodes { get; }

        public string Key { get; }
    }
}
