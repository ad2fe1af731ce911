using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>Answers path questions with bidirectional search, middle-layer enumeration and Yen's algorithm.</summary>
internal sealed class PathFinder(GraphIndex graph)
{
    public IReadOnlyList<GraphPath> Find(PathQuery query)
    {
        graph.Get(query.From);
        graph.Get(query.To);
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, query.ExcludeWeak, query.IncludeUnestablished);
        var traversal = new Traversal(graph, filter);
        IReadOnlyList<IReadOnlyList<Relation>> found = query.Mode switch
        {
            PathMode.Shortest => ShortestPathSearch.Find(traversal, query.From, query.To, query.MaxHops) is { } path ? [path] : [],
            PathMode.AllShortest => AllShortest(traversal, query),
            _ => KShortestPaths.Find(graph, filter, query.From, query.To, query.K, query.MaxHops),
        };
        return [.. found.Select(relations => PathBuilder.BuildRoute(graph, traversal, query.From, relations))];
    }

    private static IReadOnlyList<IReadOnlyList<Relation>> AllShortest(Traversal traversal, PathQuery query)
    {
        var shortest = ShortestPathSearch.Find(traversal, query.From, query.To, query.MaxHops);
        if (shortest is null)
            return [];
        return [.. AllShortestPaths.Find(traversal, query.From, query.To, shortest.Count, query.MaxPaths)
            .OrderBy(relations => PathBuilder.RouteKey(query.From, relations), StringComparer.Ordinal)];
    }
}
