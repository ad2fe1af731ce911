using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Paths;

/// <summary>Which paths a question wants.</summary>
public enum PathMode
{
    /// <summary>One shortest path.</summary>
    Shortest,

    /// <summary>Every shortest path (up to the limit).</summary>
    AllShortest,

    /// <summary>The k shortest loopless paths, shortest first (Yen).</summary>
    KShortest,
}

/// <summary>
/// Paths between two nodes. Relations are followed in either direction; each step says which way it went.
/// </summary>
/// <param name="RelationTypes">Only these relation types; null for all.</param>
/// <param name="ExcludeWeak">Leave out <c>LINKED_TO</c> hops.</param>
/// <param name="IncludeUnestablished">Also follow relations with a status (proposed, planned, ...).</param>
public sealed record PathQuery(
    string From,
    string To,
    PathMode Mode = PathMode.Shortest,
    int K = 1,
    int MaxHops = 6,
    IReadOnlySet<RelationType>? RelationTypes = null,
    PartialDate? AsOf = null,
    bool ExcludeWeak = false,
    bool IncludeUnestablished = false)
{
    /// <summary>All shortest paths come back up to this many when the question sets no K of its own.</summary>
    public const int DefaultAllShortestLimit = 100;

    /// <summary>Most paths the question wants: 1 for the shortest, K for k paths, K (or the default) for all shortest.</summary>
    public int MaxPaths => Mode switch
    {
        PathMode.Shortest => 1,
        PathMode.AllShortest => K > 1 ? K : DefaultAllShortestLimit,
        _ => K,
    };
}

/// <summary>
/// One hop of a path: the edge and whether it was walked from its <c>from</c> to its <c>to</c>. Paths are told
/// apart by their nodes; other relations that join the same two nodes (and pass the same filters) are the
/// step's <see cref="Parallel"/> edges, so a route is listed once however many relations back it.
/// </summary>
public sealed record PathStep(Relation Relation, bool Forward)
{
    public IReadOnlyList<Relation> Parallel { get; init; } = [];
}

/// <summary>An ordered path: <c>Nodes[i]</c> and <c>Nodes[i+1]</c> are joined by <c>Steps[i]</c>.</summary>
public sealed record GraphPath(IReadOnlyList<Nodes.Node> Nodes, IReadOnlyList<PathStep> Steps)
{
    public int Length => Steps.Count;
}
