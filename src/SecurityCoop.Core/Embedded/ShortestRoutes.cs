using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The shortest routes between two nodes in <see cref="Paths.RouteOrder"/>, the first <c>limit</c> of them. A
/// bidirectional breadth-first search finds the length; each side then marks the nodes of its layers that lie on a
/// shortest route, and a walk from the start takes the smallest next id first among them, so routes come out in
/// order and the walk never enters a branch that does not reach the end.
/// </summary>
internal static class ShortestRoutes
{
    public static IReadOnlyList<IReadOnlyList<Relation>> Find(Traversal traversal, string from, string to, int maxHops, int limit)
    {
        if (from == to)
            return [[]];
        var forward = new Side(from);
        var backward = new Side(to);
        var length = -1;
        while (length < 0 && forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            length = grow.Expand(traversal, other);
        }
        if (length < 0)
            return [];
        var split = Math.Max(length - backward.Depth, Math.Min(forward.Depth, length));
        var ahead = forward.OnRoutes(traversal, split, node => backward.DepthOf(node) == length - split);
        var behind = backward.OnRoutes(traversal, length - split, node => forward.DepthOf(node) == split);
        var routes = new List<IReadOnlyList<Relation>>();
        var walked = new List<Relation>(length);
        Walk(from, 0);
        return routes;

        void Walk(string node, int step)
        {
            if (step == length)
            {
                routes.Add([.. walked]);
                return;
            }
            var (side, good, depth) = step + 1 <= split ? (forward, ahead, step + 1) : (backward, behind, length - step - 1);
            var next = traversal.Neighbours(node)
                .Where(n => side.DepthOf(n.Next) == depth && good.Contains(n.Next))
                .DistinctBy(n => n.Next).OrderBy(n => n.Next, StringComparer.Ordinal).ToList();
            foreach (var (relation, neighbour) in next)
            {
                walked.Add(relation);
                Walk(neighbour, step + 1);
                walked.RemoveAt(walked.Count - 1);
                if (routes.Count >= limit)
                    return;
            }
        }
    }

    /// <summary>One side of the search: every node it reached by depth, grown a whole layer at a time.</summary>
    private sealed class Side
    {
        private readonly Dictionary<string, int> depths = new(StringComparer.Ordinal);
        private readonly List<List<string>> layers = [];

        public Side(string start)
        {
            depths[start] = 0;
            layers.Add([start]);
        }

        public List<string> Frontier => layers[^1];

        public int Depth => layers.Count - 1;

        public int DepthOf(string node) => depths.TryGetValue(node, out var depth) ? depth : -1;

        /// <summary>Grows one layer; the length of the shortest route through it when it meets the other side, else -1.</summary>
        public int Expand(Traversal traversal, Side other)
        {
            var next = new List<string>();
            var best = int.MaxValue;
            foreach (var node in Frontier)
            {
                foreach (var (_, neighbour) in traversal.Neighbours(node))
                {
                    if (!depths.TryAdd(neighbour, Depth + 1))
                        continue;
                    next.Add(neighbour);
                    if (other.DepthOf(neighbour) is var rest and >= 0)
                        best = Math.Min(best, Depth + 1 + rest);
                }
            }
            layers.Add(next);
            return best == int.MaxValue ? -1 : best;
        }

        /// <summary>The nodes up to <paramref name="depth"/> that lead, one layer at a time, to a meeting node at that depth.</summary>
        public HashSet<string> OnRoutes(Traversal traversal, int depth, Func<string, bool> meets)
        {
            var good = layers[depth].Where(meets).ToHashSet(StringComparer.Ordinal);
            var layer = good.ToList();
            for (var d = depth - 1; d >= 0; d--)
            {
                var previous = new List<string>();
                foreach (var node in layer)
                {
                    foreach (var (_, neighbour) in traversal.Neighbours(node))
                    {
                        if (DepthOf(neighbour) == d && good.Add(neighbour))
                            previous.Add(neighbour);
                    }
                }
                layer = previous;
            }
            return good;
        }
    }
}
