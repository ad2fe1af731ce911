using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Breadth-first walk from one node to a depth, remembering for each reached node the relation it came by. Each
/// layer is kept in the order of the routes that reach it (a node's first route in <see cref="Paths.RouteOrder"/>
/// goes through the earliest node of the layer before that touches it, and nodes reached from the same one go in id
/// order), so the route remembered for a node is its first shortest route.
/// </summary>
internal sealed class LinkageSearch
{
    private readonly Dictionary<string, (string? Previous, Relation? Relation, int Depth)> reached = new(StringComparer.Ordinal);

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
                var reachedHere = new List<string>();
                foreach (var (relation, neighbour) in traversal.Neighbours(node))
                {
                    if (search.reached.TryAdd(neighbour, (node, relation, depth)))
                        reachedHere.Add(neighbour);
                }
                reachedHere.Sort(StringComparer.Ordinal);
                next.AddRange(reachedHere);
            }
            frontier = next;
        }
        return search;
    }

    /// <summary>Relations from the origin to <paramref name="node"/>, origin first.</summary>
    public List<Relation> EdgesTo(string node)
    {
        var relations = new List<Relation>();
        for (var entry = reached[node]; entry.Relation is not null; entry = reached[entry.Previous!])
            relations.Add(entry.Relation);
        relations.Reverse();
        return relations;
    }
}
