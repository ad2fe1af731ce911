using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Timelines;

/// <summary>What a dated moment on a timeline is.</summary>
public enum TimelineMoment
{
    /// <summary>A relation starts (since).</summary>
    Start,

    /// <summary>A relation ends (until, recorded or implied by a role change).</summary>
    End,

    /// <summary>A one-off dated relation (a signature, a meeting).</summary>
    Dated,

    /// <summary>A statement known true at this date, not known before it.</summary>
    Snapshot,
}

/// <summary>The dated relations of one node, in order.</summary>
public sealed record TimelineQuery(
    string NodeId,
    IReadOnlySet<RelationType>? RelationTypes = null,
    bool IncludeUnestablished = false);

/// <summary>One moment of a timeline: when, what kind of moment, the relation and the node at its other end.</summary>
public sealed record TimelineEntry(DateValue Date, TimelineMoment Moment, Relation Relation, Node Other);
