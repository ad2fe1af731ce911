using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Embedded;

/// <summary>Linkage questions: what lies within k hops of one node, or of every one of several.</summary>
internal sealed class LinkageFinder(GraphIndex graph)
{
    private const int MaxReached = 200_000;

    public IReadOnlyList<LinkedNode> Linked(LinkageQuery query)
    {
        graph.Get(query.From);
        if (query.Theme is { } theme && graph.Get(theme).Type != Nodes.NodeType.Theme)
            throw StoreException.Invalid($"'{theme}' is not a theme; pass a 'theme:' id.");
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, query.ExcludeWeak, query.IncludeUnestablished);
        var traversal = new Traversal(graph, filter);
        var search = LinkageSearch.Run(traversal, query.From, query.MaxHops, MaxReached);
        return [.. search.Reached
            .Select(r => (Node: graph.Get(r.Node), r.Depth))
            .Where(r => query.NodeTypes is null || query.NodeTypes.Contains(r.Node.Type))
            .Where(r => query.Theme is null || Addresses(r.Node.Id, query.Theme, filter))
            .Take(query.Limit)
            .Select(r => new LinkedNode(r.Node, r.Depth, PathBuilder.BuildRoute(graph, traversal, query.From, search.EdgesTo(r.Node.Id))))];
    }

    public IReadOnlyList<SharedLinkage> Shared(SharedLinkageQuery query)
    {
        if (query.Origins.Count < 2)
            throw StoreException.Invalid("Name at least two nodes in 'of' to find what they share.");
        foreach (var origin in query.Origins)
            graph.Get(origin);
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, query.ExcludeWeak, query.IncludeUnestablished);
        var traversal = new Traversal(graph, filter);
        var searches = query.Origins.Select(o => LinkageSearch.Run(traversal, o, query.MaxHops, MaxReached)).ToList();
        return [.. searches[0].Reached
            .Select(r => r.Node)
            .Where(id => !query.Origins.Contains(id) && searches.All(s => s.Contains(id)))
            .Select(graph.Get)
            .Where(n => query.NodeTypes is null || query.NodeTypes.Contains(n.Type))
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .Select(n => new SharedLinkage(n, [.. query.Origins.Select((o, i) => PathBuilder.BuildRoute(graph, traversal, o, searches[i].EdgesTo(n.Id)))]))];
    }

    /// <summary>The theme filter reads ADDRESSES relations even when the walk itself is limited to other types.</summary>
    private bool Addresses(string nodeId, string theme, RelationFilter filter)
    {
        var anyType = filter with { Types = null, ExcludeWeak = false };
        return graph.Outgoing(nodeId).Any(e => e.Type == RelationType.Addresses && e.To == theme && anyType.Allows(e));
    }
}
