using GraphQL;
using GraphQL.DataLoader;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Nodes;

/// <summary>
/// Reads a node's neighbours through given relation types: the relations of every sibling node, with the nodes at their
/// other ends, in one store call; the field's fact filters (asOf, status, documents, since) apply here.
/// </summary>
internal static class NeighbourReader
{
    /// <param name="oncePerNode">Show each neighbour once, with the other relations to it as parallel (the typed navigation fields).</param>
    public static IDataLoaderResult Read(IResolveFieldContext<Node> context, RelationDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes, int? first = null, bool oncePerNode = false) =>
        Neighbours(context, direction, relationTypes, nodeTypes, list =>
            (IReadOnlyList<Neighbour>)[.. (oncePerNode ? Neighbour.OncePerNode(list) : list).Take(first ?? int.MaxValue)]);

    /// <summary>How many neighbours <see cref="Read"/> would give without a limit.</summary>
    public static IDataLoaderResult Count(IResolveFieldContext<Node> context, RelationDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes) =>
        Neighbours(context, direction, relationTypes, nodeTypes, list => list.Count());

    private static IDataLoaderResult<T> Neighbours<T>(IResolveFieldContext<Node> context, RelationDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes, Func<IEnumerable<Neighbour>, T> shape)
    {
        var facts = context.Facts();
        return context.LoadNeighbours(context.Source.Id, direction, relationTypes).Select(list => shape(list
            .Where(n => facts.Allows(n.Relation) && (nodeTypes is null || nodeTypes.Contains(n.Node.Type)))));
    }
}
