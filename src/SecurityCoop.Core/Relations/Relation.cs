using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Relations;

/// <summary>A relation between two nodes, with what the sources say about it.</summary>
/// <param name="Props">Everything the dataset records on the relation (since, until, date, as_of, role, status, how, note, ...).</param>
public sealed record Relation(
    string Id,
    RelationType Type,
    string From,
    string To,
    IReadOnlyDictionary<string, string> Props,
    IReadOnlyList<Source> Sources)
{
    public string? Prop(string key) => Props.TryGetValue(key, out var value) ? value : null;

    public string? Role => Prop("role");

    /// <summary>Sources of single props (role, since, until, status, ...), by prop name; <see cref="Sources"/> is what the relation rests on.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Source>> FactSources { get; init; } = Facts.None;

    /// <summary>Set on relations that are not established facts (proposed, planned, agreed, ...).</summary>
    public string? Status => Prop("status");

    /// <summary>Set when the text only implies the relation.</summary>
    public string? Evidence => Prop("evidence");

    public bool IsEstablished => Status is null;

    /// <summary><c>LINKED_TO</c> is the weak, untyped link; path and linkage questions can leave it out.</summary>
    public bool IsWeak => Type == RelationType.LinkedTo;

    public DateValue? Since => Parse(Props, "since");

    public DateValue? Date => Parse(Props, "date");

    /// <summary>The snapshot date of a statement such as "members in 2023".</summary>
    public DateValue? AsOf => Parse(Props, "as_of");

    /// <summary>The recorded end, or the end implied by a role change (an observer who became a member).</summary>
    public DateValue? Until => RecordedUntil ?? ImpliedUntil;

    /// <summary>The end the dataset records.</summary>
    public DateValue? RecordedUntil => Parse(Props, "until");

    /// <summary>End implied by a later relation, e.g. the membership that ended an observer status.</summary>
    public DateValue? ImpliedUntil { get; init; }

    /// <summary>Id of the relation whose start ended this one, when <see cref="ImpliedUntil"/> is set.</summary>
    public string? EndedBy { get; init; }

    /// <summary>When the relation starts: its <c>since</c>, else its <c>date</c>.</summary>
    public DateValue? Start => Since ?? Date;

    /// <summary>
    /// When the relation holds and how each bound was obtained. The stores set it from the lifetime rules
    /// (<see cref="Lifetimes"/>); without them it is what the relation itself states.
    /// </summary>
    public RelationDating Dating
    {
        get => dating ?? Stated();
        init => dating = value;
    }

    /// <summary>The start a source gives: stated on the relation, or the date of the event it is about; null when only bounded or unknown.</summary>
    public DateValue? KnownStart => Dating.StartBasis is DateBasis.Stated or DateBasis.Event ? Dating.Start : null;

    /// <summary>
    /// Whether the relation holds at the end of the period <paramref name="asOf"/> names. A relation with a start
    /// holds from it; one known only by a snapshot holds from the snapshot on, not before; a relation to a dated event
    /// holds as of a period that overlaps the event; one with no bound is taken to hold. It stops holding at its end:
    /// "until 2016-06" does not hold as of 2016.
    /// </summary>
    public bool HoldsAsOf(PartialDate asOf) => Dating.HoldsAsOf(asOf);

    /// <summary>Whether <see cref="Dating"/> was given (by the lifetime rules) rather than read from what the relation states.</summary>
    internal bool HasOwnDating => dating is not null;

    private RelationDating? dating;

    private RelationDating Stated()
    {
        var (start, startBasis) = Start is { } s ? (s, DateBasis.Stated) : AsOf is { } a ? (a, DateBasis.Snapshot) : (null, DateBasis.Unknown);
        var (until, untilBasis) = RecordedUntil is { } u ? (u, DateBasis.Stated) : ImpliedUntil is { } i ? (i, DateBasis.RoleChange) : (null, DateBasis.Unknown);
        return new RelationDating(start, startBasis, until, untilBasis);
    }

    /// <summary>The end of the relation the other way round, for undirected traversal.</summary>
    public string OtherEnd(string nodeId) => From == nodeId ? To : From;

    /// <summary>Parsed on each read rather than kept: parsed dates are shared by text (<see cref="DateValue.TryParse"/>), and a relation stays smaller.</summary>
    private static DateValue? Parse(IReadOnlyDictionary<string, string> props, string key) =>
        props.TryGetValue(key, out var text) && DateValue.TryParse(text, out var value) ? value : null;
}
