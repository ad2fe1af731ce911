using SecurityCoop.Conflicts;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Dataset;

/// <summary>The whole dataset in memory: what every store is loaded from.</summary>
public sealed record GraphData(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges, IReadOnlyList<Conflict> Conflicts)
{
    public static GraphData Empty { get; } = new([], [], []);
}
