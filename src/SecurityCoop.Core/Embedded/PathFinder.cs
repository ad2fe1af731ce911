using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Answers path questions: the shortest and all shortest routes come from one ordered search, the k shortest from
/// Yen's algorithm over that search as the spur step. Every answer is in <see cref="RouteOrder"/>.
/// </summary>
internal sealed class PathFinder(GraphIndex graph)
{
    public Task<IReadOnlyList<GraphPath>> FindAsync(PathQuery query, CancellationToken cancellationToken)
    {
        var from = graph.NumberOf(query.From);
        var to = graph.NumberOf(query.To);
        var filter = new RelationFilter(query.RelationTypes, query.AsOf, query.ExcludeWeak, query.IncludeUnestablished);
        if (query.Mode == PathMode.KShortest)
            return KShortestRoutes.FindAsync(query.From, query.K, query.MaxHops, (requests, _) => Spurs(filter, to, requests), cancellationToken);
        var traversal = new Traversal(graph, filter);
        IReadOnlyList<GraphPath> routes = [.. ShortestRoutes.Find(traversal, from, to, query.MaxHops, query.MaxPaths)
            .Select(relations => PathBuilder.BuildRoute(traversal, from, relations))];
        return Task.FromResult(routes);
    }

    private Task<IReadOnlyList<GraphPath?>> Spurs(RelationFilter filter, int to, IReadOnlyList<SpurRequest> requests) =>
        Task.FromResult<IReadOnlyList<GraphPath?>>([.. requests.Select(request =>
        {
            var traversal = new Traversal(graph, filter) { BannedNodes = request.BannedNodes, BannedLinks = request.BannedLinks };
            var from = graph.NumberOf(request.From);
            var found = ShortestRoutes.Find(traversal, from, to, request.MaxHops, 1);
            return found.Count == 0 ? null : PathBuilder.BuildRoute(traversal, from, found[0]);
        })]);
}
