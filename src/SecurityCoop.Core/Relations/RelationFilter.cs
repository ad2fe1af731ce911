using SecurityCoop.Core.Dates;

namespace SecurityCoop.Core.Relations;

/// <summary>Which relations a traversal may follow: by type, as of a date, weak links and unestablished links.</summary>
public sealed record RelationFilter(
    IReadOnlySet<RelationType>? Types = null,
    PartialDate? AsOf = null,
    bool ExcludeWeak = false,
    bool IncludeUnestablished = false)
{
    public bool Allows(Relation relation) =>
        (Types is null || Types.Contains(relation.Type))
        && (!ExcludeWeak || !relation.IsWeak)
        && (IncludeUnestablished || relation.IsEstablished)
        && (AsOf is not { } asOf || relation.HoldsAsOf(asOf));
}
