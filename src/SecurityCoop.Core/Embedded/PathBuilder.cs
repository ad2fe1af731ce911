using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>Turns a start node and the relations a walk took into a <see cref="GraphPath"/> with directions.</summary>
internal static class PathBuilder
{
    /// <summary>A path whose steps carry the preferred relation between each pair of nodes and the others as parallel edges.</summary>
    public static GraphPath BuildRoute(Traversal traversal, int start, IReadOnlyList<int> relations)
    {
        var graph = traversal.Graph;
        var nodes = new List<Nodes.Node>(relations.Count + 1) { graph.NodeAt(start) };
        var steps = new List<PathStep>(relations.Count);
        var current = start;
        foreach (var relation in relations)
        {
            var next = graph.OtherEnd(relation, current);
            var joining = traversal.Between(current, next).Append(relation).Select(graph.RelationAt);
            steps.Add(PathSteps.Choose(graph.NodeAt(current).Id, joining));
            nodes.Add(graph.NodeAt(next));
            current = next;
        }
        return new GraphPath(nodes, steps);
    }
}
