using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Every shortest route of length <c>d</c>: each passes exactly one node at distance ⌈d/2⌉ from the start and
/// ⌊d/2⌋ from the end. Two half-depth searches record every predecessor node (one relation per pair of nodes:
/// routes are told apart by their nodes); routes are the products of prefixes and suffixes through those middle
/// nodes, so none is found twice.
/// </summary>
internal static class AllShortestPaths
{
    public static IReadOnlyList<IReadOnlyList<Relation>> Find(Traversal traversal, string from, string to, int length, int limit)
    {
        if (length == 0)
            return [[]];
        var half = (length + 1) / 2;
        var fromStart = Layers(traversal, from, half);
        var fromEnd = Layers(traversal, to, length - half);
        var paths = new List<IReadOnlyList<Relation>>();
        foreach (var (middle, depth) in fromStart.Depths.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            if (depth != half || !fromEnd.Depths.TryGetValue(middle, out var rest) || rest != length - half)
                continue;
            foreach (var prefix in fromStart.PathsTo(middle, limit))
            {
                foreach (var suffix in fromEnd.PathsTo(middle, limit))
                {
                    if (paths.Count >= limit)
                        return paths;
                    paths.Add([.. prefix, .. Enumerable.Reverse(suffix)]);
                }
            }
        }
        return paths;
    }

    private static Layered Layers(Traversal traversal, string start, int maxDepth)
    {
        var layered = new Layered(start);
        var frontier = new List<string> { start };
        for (var depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var (edge, neighbour) in traversal.Neighbours(node))
                {
                    if (layered.Depths.TryGetValue(neighbour, out var seen) && seen < depth)
                        continue;
                    if (seen != depth)
                    {
                        layered.Depths[neighbour] = depth;
                        next.Add(neighbour);
                    }
                    layered.AddPredecessor(neighbour, node, edge);
                }
            }
            frontier = next;
        }
        return layered;
    }

    private sealed class Layered(string start)
    {
        private readonly Dictionary<string, List<(string Previous, Relation Relation)>> predecessors = new(StringComparer.Ordinal);

        public Dictionary<string, int> Depths { get; } = new(StringComparer.Ordinal) { [start] = 0 };

        public void AddPredecessor(string node, string previous, Relation edge)
        {
            if (!predecessors.TryGetValue(node, out var list))
                predecessors[node] = list = [];
            if (!list.Exists(p => p.Previous == previous))
                list.Add((previous, edge));
        }

        /// <summary>Relation sequences from the start to <paramref name="node"/>, start first, at most <paramref name="limit"/>.</summary>
        public IEnumerable<List<Relation>> PathsTo(string node, int limit)
        {
            if (node == start)
            {
                yield return [];
                yield break;
            }
            var count = 0;
            foreach (var (previous, edge) in predecessors[node])
            {
                foreach (var path in PathsTo(previous, limit))
                {
                    if (count++ >= limit)
                        yield break;
                    path.Add(edge);
                    yield return path;
                }
            }
        }
    }
}
