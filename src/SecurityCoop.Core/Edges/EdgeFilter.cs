using SecurityCoop.Dates;

namespace SecurityCoop.Edges;

/// <summary>Which edges a traversal may follow: by type, as of a date, weak links and unestablished links.</summary>
public sealed record EdgeFilter(
    IReadOnlySet<RelationType>? Types = null,
    PartialDate? AsOf = null,
    bool ExcludeWeak = false,
    bool IncludeUnestablished = false)
{
    public bool Allows(Edge edge) =>
        (Types is null || Types.Contains(edge.Type))
        && (!ExcludeWeak || !edge.IsWeak)
        && (IncludeUnestablished || edge.IsEstablished)
        && (AsOf is not { } asOf || edge.HoldsAsOf(asOf));
}
