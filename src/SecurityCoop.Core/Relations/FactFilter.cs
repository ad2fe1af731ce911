using SecurityCoop.Core.Dates;

namespace SecurityCoop.Core.Relations;

/// <summary>
/// Which relations count as facts for a question: those holding as of a date, established unless unestablished
/// ones are asked for, reported by one of the given documents, and starting within a range. The one place these
/// rules live; every question service and field applies it to the raw relations a store returns.
/// </summary>
public sealed record FactFilter(
    PartialDate? AsOf = null,
    bool IncludeUnestablished = false,
    IReadOnlySet<string>? Documents = null,
    DateRange? Since = null)
{
    /// <summary>Every relation, whatever its dates, status or sources.</summary>
    public static FactFilter Everything { get; } = new(IncludeUnestablished: true);

    public bool Allows(Relation edge) => Holds(edge) && (Since is null || Since.Contains(edge.KnownStart));

    /// <summary>Everything but the start range: for facts that rest on two relations, whose start is the later of both.</summary>
    public bool Holds(Relation edge) =>
        (IncludeUnestablished || edge.IsEstablished)
        && (AsOf is not { } asOf || edge.HoldsAsOf(asOf))
        && (Documents is null || edge.Sources.Any(s => Documents.Contains(s.Document)));
}
