using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Dataset;

/// <summary>The whole dataset in memory: what every store is loaded from.</summary>
public sealed record GraphData(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations, IReadOnlyList<Conflict> Conflicts)
{
    public static GraphData Empty { get; } = new([], [], []);
}
