using SecurityCoop.Edges;
using SecurityCoop.Paths;

namespace SecurityCoop.Embedded;

/// <summary>Turns a start node and a sequence of edges into a <see cref="GraphPath"/> with directions.</summary>
internal static class PathBuilder
{
    public static GraphPath Build(GraphIndex graph, string start, IReadOnlyList<Edge> edges)
    {
        var nodes = new List<Nodes.Node>(edges.Count + 1) { graph.Get(start) };
        var steps = new List<PathStep>(edges.Count);
        var current = start;
        foreach (var edge in edges)
        {
            var forward = edge.From == current;
            current = forward ? edge.To : edge.From;
            steps.Add(new PathStep(edge, forward));
            nodes.Add(graph.Get(current));
        }
        return new GraphPath(nodes, steps);
    }

    /// <summary>A key that tells paths apart by their edges, for de-duplication and stable ordering.</summary>
    public static string Key(IReadOnlyList<Edge> edges) => string.Join('|', edges.Select(e => e.Id));
}
