using SecurityCoop.Dates;

namespace SecurityCoop.Edges;

/// <summary>Which way an edge points from the node asked about.</summary>
public enum EdgeDirection
{
    Outgoing,
    Incoming,
    Both,
}

/// <summary>The edges of many nodes at once, filtered alike.</summary>
public sealed record EdgeQuery(
    IReadOnlyCollection<string> NodeIds,
    EdgeDirection Direction = EdgeDirection.Both,
    IReadOnlySet<RelationType>? Types = null,
    PartialDate? AsOf = null,
    bool IncludeUnestablished = true);
