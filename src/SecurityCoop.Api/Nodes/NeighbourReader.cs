using GraphQL;
using GraphQL.DataLoader;
using SecurityCoop.Api.Schema;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Api.Nodes;

/// <summary>
/// Reads a node's neighbours through given relation types: the edges of every sibling node in one store call,
/// then the nodes at their other ends in one more.
/// </summary>
internal static class NeighbourReader
{
    public static IDataLoaderResult Read(IResolveFieldContext<Node> context, EdgeDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes, int? first = null) =>
        Neighbours(context, direction, relationTypes, nodeTypes, list => (IReadOnlyList<Neighbour>)[.. list.Take(first ?? int.MaxValue)]);

    /// <summary>How many neighbours <see cref="Read"/> would give without a limit.</summary>
    public static IDataLoaderResult Count(IResolveFieldContext<Node> context, EdgeDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes) =>
        Neighbours(context, direction, relationTypes, nodeTypes, list => list.Count());

    private static IDataLoaderResult Neighbours<T>(IResolveFieldContext<Node> context, EdgeDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes, Func<IEnumerable<Neighbour>, T> shape)
    {
        var id = context.Source.Id;
        return context.LoadEdges(id, direction, relationTypes, context.AsOf(), context.IncludeUnestablished()).Then(edges =>
            edges.Select(e => context.LoadNode(e.OtherEnd(id))).ToList().All().Select(others => shape(edges
                .Select((e, i) => new Neighbour(others[i]!, e, e.From == id ? EdgeDirection.Outgoing : EdgeDirection.Incoming))
                .Where(n => nodeTypes is null || nodeTypes.Contains(n.Node.Type)))));
    }
}
