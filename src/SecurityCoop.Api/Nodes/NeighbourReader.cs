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
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes)
    {
        var id = context.Source.Id;
        return context.LoadEdges(id, direction, relationTypes, context.AsOf(), context.IncludeUnestablished()).Then(edges =>
            edges.Select(e => context.LoadNode(e.OtherEnd(id))).ToList().All().Select(others =>
                (IReadOnlyList<Neighbour>)[.. edges
                    .Select((e, i) => new Neighbour(others[i]!, e, e.From == id ? EdgeDirection.Outgoing : EdgeDirection.Incoming))
                    .Where(n => nodeTypes is null || nodeTypes.Contains(n.Node.Type))]));
    }
}
