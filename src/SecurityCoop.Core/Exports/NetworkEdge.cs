using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// A directed edge as the network exports write it. Several edges may join the same two nodes (a membership
/// and an observer status, or two claims about one membership); their ids tell them apart.
/// </summary>
/// <param name="Id">The relation's stable id.</param>
/// <param name="Type">The relation type as the dataset spells it (<c>MEMBER_OF</c>).</param>
/// <param name="Source">Id of the node the edge starts from.</param>
/// <param name="Target">Id of the node the edge points to.</param>
/// <param name="Properties">Role, status, date precision, notes and the like, as text.</param>
/// <param name="Since">When the relation starts to hold; null when the sources give no date.</param>
/// <param name="Until">When it stops holding; null when it has not ended or the end is unknown.</param>
/// <param name="Sources">The document lines the relation is taken from.</param>
public sealed record NetworkEdge(
    string Id,
    string Type,
    string Source,
    string Target,
    IReadOnlyDictionary<string, string> Properties,
    DateValue? Since,
    DateValue? Until,
    IReadOnlyList<Source> Sources);
