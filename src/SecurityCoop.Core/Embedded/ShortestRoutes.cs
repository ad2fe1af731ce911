namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The shortest routes between two nodes in <see cref="Paths.RouteOrder"/>, the first <c>limit</c> of them, each as
/// the numbers of its relations. A bidirectional breadth-first search, growing the side with the smaller frontier,
/// finds the length; each side then marks the nodes of its layers that lie on a shortest route, and a walk from the
/// start takes the smallest next node first among them, so routes come out in order and the walk never enters a
/// branch that does not reach the end. Node numbers follow id order, so the smallest number is the smallest id.
/// </summary>
internal static class ShortestRoutes
{
    public static List<int[]> Find(Traversal traversal, int from, int to, int maxHops, int limit)
    {
        if (from == to)
            return [[]];
        var graph = traversal.Graph;
        using var forward = new Side(graph, from);
        using var backward = new Side(graph, to);
        var length = -1;
        while (length < 0 && forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
        {
            length = forward.Frontier.Count <= backward.Frontier.Count
                ? forward.Expand(traversal, backward)
                : backward.Expand(traversal, forward);
        }
        if (length < 0)
            return [];
        // Every shortest route takes one link from the forward frontier to the backward frontier.
        var split = forward.Depth;
        var (ahead, behind) = Side.Meetings(traversal, forward, backward);
        forward.MarkRoutes(traversal, split, ahead);
        backward.MarkRoutes(traversal, backward.Depth, behind);
        var routes = new List<int[]>();
        var walked = new int[length];
        Walk(from, 0);
        return routes;

        void Walk(int node, int step)
        {
            if (step == length)
            {
                routes.Add([.. walked]);
                return;
            }
            var (side, depth) = step + 1 <= split ? (forward, step + 1) : (backward, length - step - 1);
            foreach (var (relation, next) in Next(traversal, node, side, depth))
            {
                walked[step] = relation;
                Walk(next, step + 1);
                if (routes.Count >= limit)
                    return;
            }
        }
    }

    /// <summary>
    /// The links from a node to a side's on-route nodes at a depth, in node order, one relation per node. A hub's
    /// relations are many and the candidates few, so the cheaper way round is read: the node's relations, or each candidate's.
    /// </summary>
    private static List<(int Relation, int Next)> Next(Traversal traversal, int node, Side side, int depth)
    {
        var candidates = side.OnRoute(depth);
        var links = new List<(int Relation, int Next)>();
        if (traversal.Degree(node) <= side.DegreeOnRoute(depth))
        {
            var seen = new HashSet<int>();
            foreach (var (relation, next) in traversal.Around(node))
            {
                if (side.IsOnRoute(next, depth) && seen.Add(next))
                    links.Add((relation, next));
            }
        }
        else
        {
            foreach (var candidate in candidates)
            {
                if (traversal.FirstBetween(node, candidate) is var relation and >= 0)
                    links.Add((relation, candidate));
            }
        }
        links.Sort((x, y) => x.Next.CompareTo(y.Next));
        return links;
    }

    /// <summary>One side of the search: every node it reached by depth, grown a whole layer at a time.</summary>
    private sealed class Side : IDisposable
    {
        private readonly GraphIndex graph;
        private readonly NodeMarks<int> depths;
        private readonly List<List<int>> layers = [];
        private NodeMarks<int>? routes;
        private List<int>[] onRoute = [];
        private long[] onRouteDegree = [];

        public Side(GraphIndex graph, int start)
        {
            this.graph = graph;
            depths = graph.Depths.Rent();
            depths.TryAdd(start, 0);
            layers.Add([start]);
        }

        public List<int> Frontier => layers[^1];

        public int Depth => layers.Count - 1;

        public int DepthOf(int node) => depths.TryGet(node, out var depth) ? depth : -1;

        /// <summary>
        /// Grows the next layer until it first touches the other side; then the length of the shortest routes, else -1.
        /// The other side's layers are whole and no earlier layer touched it, so every join from this frontier reaches
        /// the other side's frontier and the first join gives the length: the rest of the layer need not be read.
        /// </summary>
        public int Expand(Traversal traversal, Side other)
        {
            var next = new List<int>();
            foreach (var node in Frontier)
            {
                foreach (var (_, neighbour) in traversal.Around(node))
                {
                    if (other.DepthOf(neighbour) >= 0)
                        return Depth + 1 + other.Depth;
                    if (depths.TryAdd(neighbour, Depth + 1))
                        next.Add(neighbour);
                }
            }
            layers.Add(next);
            return -1;
        }

        /// <summary>
        /// The nodes of each frontier that touch the other frontier: each lies on a shortest route. The frontier whose
        /// relations are fewer is read.
        /// </summary>
        public static (List<int> Forward, List<int> Backward) Meetings(Traversal traversal, Side forward, Side backward)
        {
            var forwardCheaper = forward.FrontierDegree() <= backward.FrontierDegree();
            var (near, far) = forwardCheaper ? (forward, backward) : (backward, forward);
            var (nearFound, farFound) = (new List<int>(), new List<int>());
            var farSeen = new HashSet<int>();
            foreach (var node in near.Frontier)
            {
                var touches = false;
                foreach (var (_, next) in traversal.Around(node))
                {
                    if (far.DepthOf(next) != far.Depth)
                        continue;
                    touches = true;
                    if (farSeen.Add(next))
                        farFound.Add(next);
                }
                if (touches)
                    nearFound.Add(node);
            }
            return forwardCheaper ? (nearFound, farFound) : (farFound, nearFound);
        }

        private long FrontierDegree() => Frontier.Sum(n => (long)graph.DegreeOf(n));

        /// <summary>
        /// Marks, by depth up to <paramref name="depth"/>, the nodes that lead one layer at a time to a meeting node at
        /// that depth. Each layer is found from the next one by reading the relations of whichever of the two has fewer.
        /// </summary>
        public void MarkRoutes(Traversal traversal, int depth, List<int> meeting)
        {
            routes = graph.Depths.Rent();
            onRoute = new List<int>[depth + 1];
            onRouteDegree = new long[depth + 1];
            onRoute[depth] = [];
            foreach (var node in meeting)
                Mark(node, depth);
            for (var d = depth - 1; d >= 0; d--)
            {
                onRoute[d] = [];
                if (onRouteDegree[d + 1] <= layers[d].Sum(n => (long)graph.DegreeOf(n)))
                {
                    foreach (var node in onRoute[d + 1])
                    {
                        foreach (var (_, next) in traversal.Around(node))
                        {
                            if (DepthOf(next) == d && !routes.Has(next))
                                Mark(next, d);
                        }
                    }
                }
                else
                {
                    foreach (var node in layers[d])
                    {
                        foreach (var (_, next) in traversal.Around(node))
                        {
                            if (IsOnRoute(next, d + 1))
                            {
                                Mark(node, d);
                                break;
                            }
                        }
                    }
                }
            }
        }

        public List<int> OnRoute(int depth) => onRoute[depth];

        public long DegreeOnRoute(int depth) => onRouteDegree[depth];

        public bool IsOnRoute(int node, int depth) => routes!.TryGet(node, out var marked) && marked == depth;

        public void Dispose()
        {
            depths.Dispose();
            routes?.Dispose();
        }

        private void Mark(int node, int depth)
        {
            routes!.TryAdd(node, depth);
            onRoute[depth].Add(node);
            onRouteDegree[depth] += graph.DegreeOf(node);
        }
    }
}
