using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Affiliations;

/// <summary>
/// A member's tie to a body. When <see cref="Via"/> is set the member takes part through an organisation it
/// belongs to (a state of ASEAN at a mechanism ASEAN takes part in): <see cref="Relation"/> is then the
/// organisation's tie to the body and <see cref="ViaRelation"/> the member's tie to the organisation.
/// </summary>
public sealed record Affiliation(Node Member, Node Body, AffiliationRole Role, Relation Relation, Node? Via = null, Relation? ViaRelation = null)
{
    public bool IsDirect => Via is null;

    /// <summary>
    /// When the member's tie to the body starts: the relation's start, or for a tie through an organisation the later
    /// of the two starts (unknown when either is).
    /// </summary>
    public DateValue? Start => ViaRelation is null ? Relation.KnownStart : Later(Relation.KnownStart, ViaRelation.KnownStart);

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
