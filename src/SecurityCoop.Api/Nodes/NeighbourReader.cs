using GraphQL;
using SecurityCoop.Api.Schema;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Api.Nodes;

/// <summary>Reads a node's neighbours through given relation types: one edge call and one node call per field.</summary>
internal static class NeighbourReader
{
    public static async Task<IReadOnlyList<Neighbour>> ReadAsync(IResolveFieldContext<Node> context, EdgeDirection direction,
        IReadOnlySet<RelationType>? relationTypes, IReadOnlySet<NodeType>? nodeTypes)
    {
        var store = context.Store();
        var id = context.Source.Id;
        var query = new EdgeQuery([id], direction, relationTypes, context.AsOf(), context.IncludeUnestablished());
        var edges = (await store.GetEdgesAsync(query, context.CancellationToken))[id];
        var others = await store.GetNodesAsync([.. edges.Select(e => e.OtherEnd(id)).Distinct()], context.CancellationToken);
        var byId = others.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return [.. edges
            .Select(e => new Neighbour(byId[e.OtherEnd(id)], e, e.From == id ? EdgeDirection.Outgoing : EdgeDirection.Incoming))
            .Where(n => nodeTypes is null || nodeTypes.Contains(n.Node.Type))];
    }
}
