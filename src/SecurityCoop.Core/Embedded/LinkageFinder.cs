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
        var origin = graph.NumberOf(query.From);
        var theme = query.Theme is { } themeId ? graph.NumberOf(themeId) : -1;
        if (theme >= 0 && graph.NodeAt(theme).Type != Nodes.NodeType.Theme)
            throw StoreException.Invalid($"'{query.Theme}' is not a theme; pass a 'theme:' id.");
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, query.ExcludeWeak, query.IncludeUnestablished);
        var traversal = new Traversal(graph, filter);
        var addresses = theme >= 0 ? new Traversal(graph, filter with { Types = new HashSet<RelationType> { RelationType.Addresses }, ExcludeWeak = false }) : null;
        using var search = LinkageSearch.Run(traversal, origin, query.MaxHops, MaxReached);
        return [.. search.Reached
            .Where(r => query.NodeTypes is null || query.NodeTypes.Contains(graph.NodeAt(r.Node).Type))
            .Where(r => addresses is null || Addresses(addresses, r.Node, theme))
            .Take(query.Limit)
            .Select(r => new LinkedNode(graph.NodeAt(r.Node), r.Depth, PathBuilder.BuildRoute(traversal, origin, search.RelationsTo(r.Node))))];
    }

    public IReadOnlyList<SharedLinkage> Shared(SharedLinkageQuery query)
    {
        if (query.Origins.Count < 2)
            throw StoreException.Invalid("Name at least two nodes in 'of' to find what they share.");
        var origins = query.Origins.Select(graph.NumberOf).ToList();
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, query.ExcludeWeak, query.IncludeUnestablished);
        var traversal = new Traversal(graph, filter);
        var searches = new List<LinkageSearch>();
        try
        {
            searches.AddRange(origins.Select(o => LinkageSearch.Run(traversal, o, query.MaxHops, MaxReached)));
            return [.. searches[0].Reached
                .Select(r => r.Node)
                .Where(node => !origins.Contains(node) && searches.All(s => s.Contains(node)))
                .Where(node => query.NodeTypes is null || query.NodeTypes.Contains(graph.NodeAt(node).Type))
                .Order()
                .Take(query.Limit)
                .Select(node => new SharedLinkage(graph.NodeAt(node),
                    [.. origins.Select((o, i) => PathBuilder.BuildRoute(traversal, o, searches[i].RelationsTo(node)))]))];
        }
        finally
        {
            searches.ForEach(s => s.Dispose());
        }
    }

    /// <summary>The theme filter reads ADDRESSES relations even when the walk itself is limited to other types.</summary>
    private bool Addresses(Traversal addresses, int node, int theme)
    {
        foreach (var relation in graph.OutgoingOf(node))
        {
            if (graph.ToOf(relation) == theme && graph.TypeOf(relation) == RelationType.Addresses && addresses.Allows(relation))
                return true;
        }
        return false;
    }
}
