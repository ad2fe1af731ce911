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
}

/// <summary>Which side of the affiliation the given node ids are.</summary>
public enum AffiliationSide
{
    /// <summary>The ids are bodies; answer their members.</summary>
    MembersOfBodies,

    /// <summary>The ids are members; answer the bodies they belong to.</summary>
    BodiesOfMembers,
}

/// <summary>Affiliations of many nodes in one call.</summary>
/// <param name="ThroughMembers">Count the members of a member organisation as taking part through it.</param>
public sealed record AffiliationQuery(
    IReadOnlyCollection<string> NodeIds,
    AffiliationSide Side,
    IReadOnlySet<AffiliationRole>? Roles = null,
    Dates.PartialDate? AsOf = null,
    bool ThroughMembers = false,
    bool IncludeUnestablished = false);
