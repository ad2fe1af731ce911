using SecurityCoop.Edges;

namespace SecurityCoop.Embedded;

/// <summary>
/// Yen's algorithm for the k shortest loopless paths. Each candidate deviates from an accepted path at a spur
/// node, with the root's nodes and the edges that earlier paths took from that root banned; the spur part is a
/// bidirectional breadth-first search. Ties are broken by the paths' edge ids, so answers are repeatable.
/// </summary>
internal static class KShortestPaths
{
    public static IReadOnlyList<IReadOnlyList<Edge>> Find(GraphIndex graph, EdgeFilter filter, string from, string to, int k, int maxHops)
    {
        var first = ShortestPathSearch.Find(new Traversal(graph, filter), from, to, maxHops);
        if (first is null)
            return [];
        var accepted = new List<IReadOnlyList<Edge>> { first };
        var known = new HashSet<string>(StringComparer.Ordinal) { PathBuilder.Key(first) };
        var candidates = new SortedSet<(int Length, string Key, IReadOnlyList<Edge> Edges)>(
            Comparer<(int Length, string Key, IReadOnlyList<Edge> Edges)>.Create((a, b) =>
                a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a.Key, b.Key)));
        while (accepted.Count < k)
        {
            AddDeviations(graph, filter, from, to, maxHops, accepted[^1], accepted, known, candidates);
            if (candidates.Count == 0)
                break;
            var best = candidates.Min;
            candidates.Remove(best);
            accepted.Add(best.Edges);
        }
        return accepted;
    }

    private static void AddDeviations(GraphIndex graph, EdgeFilter filter, string from, string to, int maxHops,
        IReadOnlyList<Edge> previous, List<IReadOnlyList<Edge>> accepted, HashSet<string> known,
        SortedSet<(int, string, IReadOnlyList<Edge>)> candidates)
    {
        var rootNodes = new List<string> { from };
        for (var i = 0; i < previous.Count; i++)
        {
            var spur = rootNodes[^1];
            var root = previous.Take(i).ToList();
            var bannedEdges = accepted.Where(p => p.Count > i && SharesRoot(p, root)).Select(p => p[i].Id).ToHashSet(StringComparer.Ordinal);
            var bannedNodes = rootNodes.Take(rootNodes.Count - 1).ToHashSet(StringComparer.Ordinal);
            var traversal = new Traversal(graph, filter) { BannedEdges = bannedEdges, BannedNodes = bannedNodes };
            var spurPath = ShortestPathSearch.Find(traversal, spur, to, maxHops - i);
            if (spurPath is not null)
            {
                var whole = root.Concat(spurPath).ToList();
                if (known.Add(PathBuilder.Key(whole)))
                    candidates.Add((whole.Count, PathBuilder.Key(whole), whole));
            }
            rootNodes.Add(previous[i].OtherEnd(spur));
        }
    }

    private static bool SharesRoot(IReadOnlyList<Edge> path, List<Edge> root)
    {
        for (var i = 0; i < root.Count; i++)
        {
            if (path[i].Id != root[i].Id)
                return false;
        }
        return true;
    }
}
