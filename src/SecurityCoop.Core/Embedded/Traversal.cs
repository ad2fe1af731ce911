using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>Undirected neighbourhood of a node under an edge filter, with optional banned nodes and edges.</summary>
internal sealed class Traversal(GraphIndex graph, RelationFilter filter)
{
    public IReadOnlySet<string>? BannedNodes { get; init; }

    /// <summary>Pairs of nodes that may not be joined by any relation, in either direction.</summary>
    public IReadOnlySet<(string, string)>? BannedLinks { get; init; }

    public IEnumerable<(Relation Relation, string Next)> Neighbours(string nodeId)
    {
        foreach (var edge in graph.Touching(nodeId))
        {
            if (edge.From == edge.To || !filter.Allows(edge))
                continue;
            var next = edge.OtherEnd(nodeId);
            if ((BannedNodes?.Contains(next) ?? false) || IsBanned(nodeId, next))
                continue;
            yield return (edge, next);
        }
    }

    /// <summary>How many relations a walk from the node reads (before filters).</summary>
    public int Degree(string nodeId) => graph.Degree(nodeId);

    /// <summary>The relations the walk may take between two nodes, read from the end with fewer relations.</summary>
    public IEnumerable<Relation> Between(string a, string b) =>
        Degree(a) <= Degree(b)
            ? Neighbours(a).Where(n => n.Next == b).Select(n => n.Relation)
            : Neighbours(b).Where(n => n.Next == a).Select(n => n.Relation);

    private bool IsBanned(string a, string b) => BannedLinks is { } links && (links.Contains((a, b)) || links.Contains((b, a)));
}
