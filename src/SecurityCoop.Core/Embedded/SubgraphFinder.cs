using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>Whole-graph and ego-network subgraphs: the chosen nodes, then every relation among them that passes the filters.</summary>
internal sealed class SubgraphFinder(GraphIndex graph)
{
    public Subgraph Find(SubgraphQuery query)
    {
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, IncludeUnestablished: query.IncludeUnestablished);
        var nodes = query.Center is { } center ? Ego(center, query, filter) : [.. graph.Nodes.Where(n => Wanted(n, query))];
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var edges = nodes.SelectMany(n => graph.Outgoing(n.Id)).Where(e => ids.Contains(e.To) && filter.Allows(e));
        return new Subgraph([.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)], [.. edges.OrderBy(e => e.Id, StringComparer.Ordinal)]);
    }

    private List<Node> Ego(string center, SubgraphQuery query, RelationFilter filter)
    {
        var origin = graph.NumberOf(center);
        using var search = LinkageSearch.Run(new Traversal(graph, filter), origin, query.Depth, 200_000);
        return [graph.NodeAt(origin), .. search.Reached.Select(r => graph.NodeAt(r.Node)).Where(n => Wanted(n, query))];
    }

    private static bool Wanted(Node node, SubgraphQuery query) => query.NodeTypes is null || query.NodeTypes.Contains(node.Type);
}
