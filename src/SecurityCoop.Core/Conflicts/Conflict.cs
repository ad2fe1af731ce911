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
    string? Note);

/// <summary>One side of a conflict: its value, its sources, and the relations that state it.</summary>
public sealed record ConflictClaim(string Value, IReadOnlyList<Source> Sources, IReadOnlyList<string> Relations);
