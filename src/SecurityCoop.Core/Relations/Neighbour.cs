using SecurityCoop.Core.Nodes;

namespace SecurityCoop.Core.Relations;

/// <summary>A node next to another, with the relation between them and its direction seen from the node asked about.</summary>
/// <remarks><see cref="Parallel"/> holds the other relations between the same two nodes when a list shows each node once.</remarks>
public sealed record Neighbour(Node Node, Relation Relation, RelationDirection Direction)
{
    public IReadOnlyList<Relation> Parallel { get; init; } = [];

    /// <summary>
    /// Each neighbour once, in the order first met, over its preferred relation (typed and established before weak or
    /// unestablished, then by id) with the other relations to it as parallel: how paths tell steps apart, too.
    /// </summary>
    public static IReadOnlyList<Neighbour> OncePerNode(IEnumerable<Neighbour> neighbours) =>
    [
        .. neighbours.GroupBy(n => n.Node.Id, StringComparer.Ordinal).Select(group =>
        {
            var ordered = group.OrderBy(n => RelationPreference.Rank(n.Relation)).ThenBy(n => n.Relation.Id, StringComparer.Ordinal).ToList();
            return ordered[0] with { Parallel = [.. ordered.Skip(1).Select(n => n.Relation)] };
        }),
    ];
}

/// <summary>Which of several relations between the same two nodes an answer shows first.</summary>
public static class RelationPreference
{
    /// <summary>0 for a typed, established relation; weak (LINKED_TO) and unestablished ones after it.</summary>
    public static int Rank(Relation relation) => (relation.IsWeak ? 2 : 0) + (relation.IsEstablished ? 0 : 1);
}
