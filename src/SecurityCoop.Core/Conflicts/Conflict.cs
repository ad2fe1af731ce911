using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Conflicts;

/// <summary>Passages of the sources that disagree about one thing, each side kept with its sources.</summary>
/// <param name="Kept">The value the dataset keeps on the subject, where one side is clearly better attested.</param>
public sealed record Conflict(
    string Id,
    string Subject,
    string About,
    IReadOnlyList<ConflictClaim> Claims,
    string? Kept,
    string? Note)
{
    /// <summary>Set when every claim is a set of nodes, date when every claim is a date, text otherwise.</summary>
    public ClaimKind Kind =>
        Claims.Count > 0 && Claims.All(c => c.Kind == ClaimKind.Nodes) ? ClaimKind.Nodes
        : Claims.Count > 0 && Claims.All(c => c.Kind == ClaimKind.Date) ? ClaimKind.Date
        : ClaimKind.Text;

    /// <summary>For a set-valued conflict, the nodes every claim includes; empty otherwise.</summary>
    public IReadOnlyList<string> Shared =>
        Kind != ClaimKind.Nodes ? [] : [.. Claims.Skip(1).Aggregate((IEnumerable<string>)Claims[0].Nodes!, (shared, c) => shared.Intersect(c.Nodes!)).Order(StringComparer.Ordinal)];

    /// <summary>For a set-valued conflict, the nodes some claims include and others leave out; empty otherwise.</summary>
    public IReadOnlyList<string> Disputed =>
        Kind != ClaimKind.Nodes ? [] : [.. Claims.SelectMany(c => c.Nodes!).Distinct().Except(Shared).Order(StringComparer.Ordinal)];
}

/// <summary>What a claim's value is.</summary>
public enum ClaimKind
{
    /// <summary>A partial date or span ("2004", "2010-10-12", "2018/2022").</summary>
    Date,

    /// <summary>A set of nodes (the members a passage lists).</summary>
    Nodes,

    /// <summary>Free text.</summary>
    Text,
}

/// <summary>One side of a conflict: its value, its sources, and the relations that state it.</summary>
/// <param name="Value">The claim as the passages put it.</param>
/// <param name="Nodes">For a claim that is a set of nodes, their ids.</param>
public sealed record ConflictClaim(string Value, IReadOnlyList<Source> Sources, IReadOnlyList<string> Relations, IReadOnlyList<string>? Nodes = null)
{
    public ClaimKind Kind => Nodes is not null ? ClaimKind.Nodes : Date is not null ? ClaimKind.Date : ClaimKind.Text;

    /// <summary>The value as a date, when it is one.</summary>
    public DateValue? Date => DateValue.TryParse(Value, out var date) ? date : null;
}
