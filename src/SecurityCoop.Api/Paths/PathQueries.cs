using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Paths;

/// <summary>Path questions: shortest, all shortest, k shortest.</summary>
internal static class PathQueries
{
    public static void AddPathQueries(this ObjectGraphType query)
    {
        query.Field<PathType>("shortestPath")
            .Description("One shortest path between two nodes, or null when none lies within maxHops.")
            .PathArguments()
            .ResolveAsync(async c => (await FindAsync(c, PathMode.Shortest, 1)).FirstOrDefault());
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("allShortestPaths")
            .Description("Every shortest path between two nodes (up to 'first').")
            .PathArguments()
            .Argument<IntGraphType>("first", "At most this many paths (default 25).", a => a.DefaultValue = 25)
            .ResolveAsync(async c => await FindAsync(c, PathMode.AllShortest, c.Bounded("first", 25, c.Limits().MaxPaths)));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("kShortestPaths")
            .Description("The k shortest loopless paths, shortest first (Yen's algorithm): alternatives to the shortest route.")
            .PathArguments()
            .Argument<NonNullGraphType<IntGraphType>>("k", "How many paths.")
            .ResolveAsync(async c => await FindAsync(c, PathMode.KShortest, c.Bounded("k", 3, c.Limits().MaxPaths)));
    }

    private static FieldBuilder<object?, TReturn> PathArguments<TReturn>(this FieldBuilder<object?, TReturn> field) =>
        field.Argument<NonNullGraphType<IdGraphType>>("from", "Start node id.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "End node id.")
            .Argument<IntGraphType>("maxHops", "Longest path to consider (default 6).", a => a.DefaultValue = 6)
            .RelationTypesArgument()
            .AsOfArgument()
            .WeakLinksArgument()
            .UnestablishedArgument();

    private static async Task<IReadOnlyList<GraphPath>> FindAsync(IResolveFieldContext c, PathMode mode, int k)
    {
        var (from, to) = (c.GetArgument<string>("from"), c.GetArgument<string>("to"));
        var query = new PathQuery(from, to, mode, k, c.Bounded("maxHops", 6, c.Limits().MaxPathHops), c.Filter<RelationType>("relationTypes"),
            c.AsOf(), c.GetArgument("excludeWeakLinks", false), c.IncludeUnestablished());
        return await c.Store().FindPathsAsync(query, c.CancellationToken);
    }
}
