using SecurityCoop.Edges;

namespace SecurityCoop.Embedded;

/// <summary>Undirected neighbourhood of a node under an edge filter, with optional banned nodes and edges.</summary>
internal sealed class Traversal(GraphIndex graph, EdgeFilter filter)
{
    public IReadOnlySet<string>? BannedNodes { get; init; }

    public IReadOnlySet<string>? BannedEdges { get; init; }

    public IEnumerable<(Edge Edge, string Next)> Neighbours(string nodeId)
    {
        foreach (var edge in graph.Touching(nodeId))
        {
            if (edge.From == edge.To || !filter.Allows(edge) || (BannedEdges?.Contains(edge.Id) ?? false))
                continue;
            var next = edge.OtherEnd(nodeId);
            if (BannedNodes?.Contains(next) ?? false)
                continue;
            yield return (edge, next);
        }
    }
}
