using SecurityCoop.Edges;

namespace SecurityCoop.Embedded;

/// <summary>Breadth-first walk from one node to a depth, remembering for each reached node the edge it came by.</summary>
internal sealed class LinkageSearch
{
    private readonly Dictionary<string, (string? Previous, Edge? Edge, int Depth)> reached = new(StringComparer.Ordinal);

    private LinkageSearch(string origin) => reached[origin] = (null, null, 0);

    /// <summary>Reached nodes other than the origin, by distance then id.</summary>
    public IEnumerable<(string Node, int Depth)> Reached =>
        reached.Where(r => r.Value.Depth > 0).OrderBy(r => r.Value.Depth).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => (r.Key, r.Value.Depth));

    public bool Contains(string node) => reached.ContainsKey(node);

    public static LinkageSearch Run(Traversal traversal, string origin, int maxHops, int maxReached)
    {
        var search = new LinkageSearch(origin);
        var frontier = new List<string> { origin };
        for (var depth = 1; depth <= maxHops && frontier.Count > 0 && search.reached.Count <= maxReached; depth++)
        {
            var next = new List<string>();
            foreach (var node in frontier)
            {
                foreach (var (edge, neighbour) in traversal.Neighbours(node))
                {
                    if (search.reached.TryAdd(neighbour, (node, edge, depth)))
                        next.Add(neighbour);
                }
            }
            frontier = next;
        }
        return search;
    }

    /// <summary>Edges from the origin to <paramref name="node"/>, origin first.</summary>
    public List<Edge> EdgesTo(string node)
    {
        var edges = new List<Edge>();
        for (var entry = reached[node]; entry.Edge is not null; entry = reached[entry.Previous!])
            edges.Add(entry.Edge);
        edges.Reverse();
        return edges;
    }
}
