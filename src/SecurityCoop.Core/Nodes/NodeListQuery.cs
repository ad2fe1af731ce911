namespace SecurityCoop.Core.Nodes;

/// <summary>A page of nodes in id order; <see cref="After"/> is the id of the last node of the previous page.</summary>
public sealed record NodeListQuery(
    IReadOnlySet<NodeType>? Types = null,
    string? NameContains = null,
    int First = 20,
    string? After = null);

/// <summary>A page of nodes and what is needed to ask for the next one.</summary>
public sealed record NodePage(IReadOnlyList<Node> Nodes, int TotalCount, bool HasNextPage, bool HasPreviousPage);
