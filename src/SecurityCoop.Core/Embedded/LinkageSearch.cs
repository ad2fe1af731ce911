namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Breadth-first walk from one node to a depth, remembering for each reached node the relation it came by. Each
/// layer is kept in the order of the routes that reach it (a node's first route in <see cref="Paths.RouteOrder"/>
/// goes through the earliest node of the layer before that touches it, and nodes reached from the same one go in id
/// order), so the route remembered for a node is its first shortest route.
/// </summary>
internal sealed class LinkageSearch : IDisposable
{
    private readonly NodeMarks<WalkStep> reached;
    private readonly List<List<int>> layers = [];

    private LinkageSearch(GraphIndex graph, int origin)
    {
        reached = graph.Steps.Rent();
        reached.TryAdd(origin, new WalkStep(-1, -1, 0));
    }

    /// <summary>Reached nodes other than the origin, by distance then id.</summary>
    public IEnumerable<(int Node, int Depth)> Reached =>
        layers.SelectMany((layer, i) => layer.Order().Select(node => (node, i + 1)));

    public int Count { get; private set; } = 1;

    public bool Contains(int node) => reached.Has(node);

    public static LinkageSearch Run(Traversal traversal, int origin, int maxHops, int maxReached)
    {
        var search = new LinkageSearch(traversal.Graph, origin);
        var frontier = new List<int> { origin };
        for (var depth = 1; depth <= maxHops && frontier.Count > 0 && search.Count <= maxReached; depth++)
        {
            var next = new List<int>();
            foreach (var node in frontier)
            {
                var from = next.Count;
                foreach (var (relation, neighbour) in traversal.Around(node))
                {
                    if (search.reached.TryAdd(neighbour, new WalkStep(node, relation, depth)))
                        next.Add(neighbour);
                }
                next.Sort(from, next.Count - from, null);
            }
            search.Count += next.Count;
            search.layers.Add(next);
            frontier = next;
        }
        return search;
    }

    /// <summary>Relations from the origin to <paramref name="node"/>, origin first.</summary>
    public List<int> RelationsTo(int node)
    {
        var relations = new List<int>();
        for (var step = reached[node]; step.Relation >= 0; step = reached[step.Previous])
            relations.Add(step.Relation);
        relations.Reverse();
        return relations;
    }

    public void Dispose() => reached.Dispose();
}
