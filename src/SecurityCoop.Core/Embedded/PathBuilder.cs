using SecurityCoop.Edges;
using SecurityCoop.Paths;

namespace SecurityCoop.Embedded;

/// <summary>Turns a start node and a sequence of edges into a <see cref="GraphPath"/> with directions.</summary>
internal static class PathBuilder
{
    /// <summary>A path whose steps carry the preferred relation between each pair of nodes and the others as parallel edges.</summary>
    public static GraphPath BuildRoute(GraphIndex graph, Traversal traversal, string start, IReadOnlyList<Edge> edges)
    {
        var path = Build(graph, start, edges);
        var steps = path.Steps.Select((step, i) =>
        {
            var (from, to) = (path.Nodes[i].Id, path.Nodes[i + 1].Id);
            var joining = traversal.Neighbours(from).Where(n => n.Next == to).Select(n => n.Edge).OrderBy(Preference).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var chosen = joining.Count > 0 ? joining[0] : step.Edge;
            return new PathStep(chosen, chosen.From == from) { Parallel = [.. joining.Skip(1)] };
        });
        return path with { Steps = [.. steps] };
    }

    /// <summary>Typed, established relations are the better evidence for a hop than weak or unestablished ones.</summary>
    private static int Preference(Edge edge) => (edge.IsWeak ? 2 : 0) + (edge.IsEstablished ? 0 : 1);

    /// <summary>A key that tells routes apart by their nodes.</summary>
    public static string RouteKey(string start, IReadOnlyList<Edge> edges)
    {
        var current = start;
        var key = new System.Text.StringBuilder(start);
        foreach (var edge in edges)
        {
            current = edge.OtherEnd(current);
            key.Append('>').Append(current);
        }
        return key.ToString();
    }

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

}
