using SecurityCoop.Dates;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Affiliations;

/// <summary>
/// A member's tie to a body. When <see cref="Via"/> is set the member takes part through an organisation it
/// belongs to (a state of ASEAN at a mechanism ASEAN takes part in): <see cref="Edge"/> is then the
/// organisation's tie to the body and <see cref="ViaEdge"/> the member's tie to the organisation.
/// </summary>
public sealed record Affiliation(Node Member, Node Body, AffiliationRole Role, Edge Edge, Node? Via = null, Edge? ViaEdge = null)
{
    public bool IsDirect => Via is null;

    /// <summary>
    /// When the member's tie to the body starts: the relation's start, or for a tie through an organisation the later
    /// of the two starts (unknown when either is).
    /// </summary>
    public DateValue? Start => ViaEdge is null ? Edge.Start : Later(Edge.Start, ViaEdge.Start);

    private static DateValue? Later(DateValue? a, DateValue? b) =>
        a is null || b is null ? null : a.Start.CompareForSorting(b.Start) >= 0 ? a : b;
}

/// <summary>Which side of the affiliation the given node ids are.</summary>
public enum AffiliationSide
{
    /// <summary>The ids are bodies; answer their members.</summary>
    MembersOfBodies,

    /// <summary>The ids are members; answer the bodies they belong to.</summary>
    BodiesOfMembers,
}
