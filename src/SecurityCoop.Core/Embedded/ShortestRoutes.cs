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
        var grow = forward;
        while (length < 0 && forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
        {
            grow = forward.Frontier.Count <= backward.Frontier.Count ? forward : backward;
            length = grow.Expand(traversal, grow == forward ? backward : forward);
        }
        if (length < 0)
            return [];
        // The routes cross the layer the last expansion made, at the nodes where it met the other side.
        var split = grow == forward ? forward.Depth : length - backward.Depth;
        var meeting = grow.Meetings;
        var ahead = forward.OnRoutes(traversal, split, meeting);
        var behind = backward.OnRoutes(traversal, length - split, meeting);
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
            var candidates = step + 1 <= split ? ahead[step + 1] : behind[length - step - 1];
            foreach (var (relation, neighbour) in Next(traversal, node, candidates))
            {
                walked.Add(relation);
                Walk(neighbour, step + 1);
                walked.RemoveAt(walked.Count - 1);
                if (routes.Count >= limit)
                    return;
            }
        }
    }

    /// <summary>
    /// The links from a node to the candidates in id order, one relation per candidate. A hub's relations are many and
    /// the candidates few, so the cheaper way round is read: the node's relations, or each candidate's.
    /// </summary>
    private static List<(Relation Relation, string Next)> Next(Traversal traversal, string node, HashSet<string> wanted)
    {
        var links = traversal.Degree(node) <= wanted.Sum(traversal.Degree)
            ? [.. traversal.Neighbours(node).Where(n => wanted.Contains(n.Next)).DistinctBy(n => n.Next)]
            : wanted.Select(c => (Relation: traversal.Between(node, c).FirstOrDefault(), Next: c)).Where(l => l.Relation is not null).Select(l => (l.Relation!, l.Next)).ToList();
        links.Sort((x, y) => string.CompareOrdinal(x.Next, y.Next));
        return links;
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

        /// <summary>The nodes of the last layer where the other side was met by a shortest route.</summary>
        public HashSet<string> Meetings { get; } = new(StringComparer.Ordinal);

        /// <summary>
        /// Grows one layer; the length of the shortest route through it when it meets the other side, else -1. The
        /// other side's layers are whole, so the shortest join in this layer is a shortest route.
        /// </summary>
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
                    if (other.DepthOf(neighbour) is var rest and >= 0 && Depth + 1 + rest <= best)
                    {
                        if (Depth + 1 + rest < best)
                            Meetings.Clear();
                        best = Depth + 1 + rest;
                        Meetings.Add(neighbour);
                    }
                }
            }
            layers.Add(next);
            return best == int.MaxValue ? -1 : best;
        }

        /// <summary>
        /// By depth up to <paramref name="depth"/>, the nodes that lead, one layer at a time, to a meeting node at that
        /// depth. Each layer is found from the next one by reading the relations of whichever of the two has fewer.
        /// </summary>
        public HashSet<string>[] OnRoutes(Traversal traversal, int depth, IReadOnlySet<string> meeting)
        {
            var good = new HashSet<string>[depth + 1];
            good[depth] = new HashSet<string>(meeting, StringComparer.Ordinal);
            for (var d = depth - 1; d >= 0; d--)
            {
                var next = good[d + 1];
                good[d] = next.Sum(traversal.Degree) <= layers[d].Sum(traversal.Degree)
                    ? next.SelectMany(n => traversal.Neighbours(n)).Select(n => n.Next).Where(n => DepthOf(n) == d).ToHashSet(StringComparer.Ordinal)
                    : layers[d].Where(n => traversal.Neighbours(n).Any(m => next.Contains(m.Next))).ToHashSet(StringComparer.Ordinal);
            }
            return good;
        }
    }
}
