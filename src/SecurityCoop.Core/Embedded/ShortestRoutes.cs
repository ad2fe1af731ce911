namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The shortest routes between two nodes in <see cref="Paths.RouteOrder"/>, the first <c>limit</c> of them, each as
/// the numbers of its relations. A bidirectional breadth-first search, growing the side with the smaller frontier a
/// layer at a time, stops at the first join: its length is the shortest. A depth-first walk from the start then takes
/// the smallest next node first (node numbers follow id order), so routes come out in order:
/// <list type="bullet">
/// <item>up to the forward frontier, a next node is one layer deeper on the forward side; a node from which no route
/// reaches the backward frontier is remembered as a dead end and not tried again;</item>
/// <item>from the forward frontier the walk crosses to the backward frontier, and from there every node one layer
/// nearer the end on the backward side leads to it, so that part never backtracks.</item>
/// </list>
/// No layer is read beyond what the walk needs, which matters where a layer through a hub holds tens of thousands of nodes.
/// </summary>
internal static class ShortestRoutes
{
    public static List<int[]> Find(Traversal traversal, int from, int to, int maxHops, int limit)
    {
        if (from == to)
            return [[]];
        using var forward = new Side(traversal.Graph, from);
        using var backward = new Side(traversal.Graph, to);
        var length = -1;
        while (length < 0 && forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
        {
            length = forward.Frontier.Count <= backward.Frontier.Count
                ? forward.Expand(traversal, backward)
                : backward.Expand(traversal, forward);
        }
        if (length < 0)
            return [];
        using var walk = new Walk(traversal, forward, backward, length, limit);
        return walk.Routes(from);
    }

    /// <summary>The ordered depth-first walk over the two sides' layers.</summary>
    private sealed class Walk(Traversal traversal, Side forward, Side backward, int length, int limit) : IDisposable
    {
        private readonly NodeMarks<int> dead = traversal.Graph.Depths.Rent();
        private readonly List<int[]> routes = [];
        private readonly int[] walked = new int[length];

        public List<int[]> Routes(int from)
        {
            Step(from, 0);
            return routes;
        }

        public void Dispose() => dead.Dispose();

        /// <summary>Walks on from <paramref name="node"/>, reached after <paramref name="step"/> steps; whether a route was found.</summary>
        private bool Step(int node, int step)
        {
            if (step == length)
            {
                routes.Add([.. walked]);
                return true;
            }
            var ahead = step < forward.Depth;
            var (side, depth) = ahead ? (forward, step + 1) : (backward, length - step - 1);
            var found = false;
            foreach (var (relation, next) in Next(node, side, depth))
            {
                if (ahead && dead.Has(next))
                    continue;
                walked[step] = relation;
                if (Step(next, step + 1))
                    found = true;
                else if (ahead)
                    dead.TryAdd(next, 0);
                if (routes.Count >= limit)
                    return true;
            }
            return found;
        }

        /// <summary>
        /// The links from a node to a side's layer at a depth, in node order, one relation per next node, read lazily.
        /// The cheaper way round is read: the node's own relations, or the layer's nodes in order, each asked whether
        /// it joins the node (from whichever end has fewer relations).
        /// </summary>
        private IEnumerable<(int Relation, int Next)> Next(int node, Side side, int depth)
        {
            if (traversal.Degree(node) <= side.LayerDegree(depth))
            {
                // The first next node is usually the one taken (always, past the forward frontier), so one pass finds
                // the smallest; only when the walk comes back are the others gathered and sorted.
                var (first, firstRelation, others) = (-1, -1, false);
                foreach (var (relation, next) in traversal.Around(node))
                {
                    if (side.DepthOf(next) != depth || next == first)
                        continue;
                    others |= first >= 0;
                    if (first < 0 || next < first)
                        (first, firstRelation) = (next, relation);
                }
                if (first < 0)
                    yield break;
                yield return (firstRelation, first);
                if (!others)
                    yield break;
                var links = new List<(int Relation, int Next)>();
                foreach (var (relation, next) in traversal.Around(node))
                {
                    if (next > first && side.DepthOf(next) == depth)
                        links.Add((relation, next));
                }
                links.Sort((x, y) => x.Next != y.Next ? x.Next.CompareTo(y.Next) : x.Relation.CompareTo(y.Relation));
                for (var i = 0; i < links.Count; i++)
                {
                    if (i == 0 || links[i].Next != links[i - 1].Next)
                        yield return links[i];
                }
                yield break;
            }
            foreach (var candidate in side.SortedLayer(depth))
            {
                if (traversal.FirstBetween(node, candidate) is var relation and >= 0)
                    yield return (relation, candidate);
            }
        }
    }

    /// <summary>One side of the search: every node it reached by depth, grown a whole layer at a time.</summary>
    private sealed class Side : IDisposable
    {
        private readonly GraphIndex graph;
        private readonly NodeMarks<int> depths;
        private readonly List<List<int>> layers = [];
        private readonly Dictionary<int, long> layerDegrees = [];
        private readonly Dictionary<int, List<int>> sortedLayers = [];

        public Side(GraphIndex graph, int start)
        {
            this.graph = graph;
            depths = graph.Depths.Rent();
            depths.TryAdd(start, 0);
            layers.Add([start]);
        }

        public List<int> Frontier => layers[^1];

        /// <summary>The depth of the last whole layer.</summary>
        public int Depth => layers.Count - 1;

        /// <summary>A node's depth on this side, if it lies in one of the whole layers; else -1.</summary>
        public int DepthOf(int node) => depths.TryGet(node, out var depth) && depth <= Depth ? depth : -1;

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

        /// <summary>How many relations the nodes of a layer have: what reading the layer's side of each link costs.</summary>
        public long LayerDegree(int depth)
        {
            if (!layerDegrees.TryGetValue(depth, out var degree))
                layerDegrees[depth] = degree = layers[depth].Sum(n => (long)graph.DegreeOf(n));
            return degree;
        }

        public List<int> SortedLayer(int depth)
        {
            if (!sortedLayers.TryGetValue(depth, out var sorted))
                sortedLayers[depth] = sorted = [.. layers[depth].Order()];
            return sorted;
        }

        public void Dispose() => depths.Dispose();
    }
}
