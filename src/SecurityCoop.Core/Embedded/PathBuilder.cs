using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>Turns a start node and a sequence of edges into a <see cref="GraphPath"/> with directions.</summary>
internal static class PathBuilder
{
    /// <summary>A path whose steps carry the preferred relation between each pair of nodes and the others as parallel edges.</summary>
    public static GraphPath BuildRoute(GraphIndex graph, Traversal traversal, string start, IReadOnlyList<Relation> edges)
    {
        var path = Build(graph, start, edges);
        var steps = path.Steps.Select((step, i) =>
        {
            var (from, to) = (path.Nodes[i].Id, path.Nodes[i + 1].Id);
            return PathSteps.Choose(from, traversal.Between(from, to).Append(step.Relation));
        });
        return path with { Steps = [.. steps] };
    }

    public static GraphPath Build(GraphIndex graph, string start, IReadOnlyList<Relation> edges)
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
}
