using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Affiliations;

/// <summary>
/// The affiliation rules, in one place: which of the raw affiliations a store returns count for a question.
/// <list type="bullet">
/// <item>The tie to the body has a role the filter admits (MEMBER admits founders) and is a fact under <see cref="Facts"/>.</item>
/// <item>A tie through an organisation also needs the member's tie to it to be a membership (founding or full) that is
/// a fact, and, when the filter names membership roles, one of them: with [FOUNDING_MEMBER] only founders of the
/// organisation come through it. The member is neither the body nor the organisation itself.</item>
/// <item>A start range applies to when the tie starts: for a tie through an organisation, the later of both starts.</item>
/// <item>A member reached through one organisation by several of its relations counts once, by the strongest role.</item>
/// <item><see cref="NodeTypes"/> restricts the node on the answer's side: the member, or the body.</item>
/// </list>
/// </summary>
public sealed record AffiliationFilter(
    IReadOnlySet<AffiliationRole>? Roles = null,
    FactFilter? Facts = null,
    IReadOnlySet<NodeType>? NodeTypes = null)
{
    private static readonly AffiliationRole[] Strength =
        [AffiliationRole.FoundingMember, AffiliationRole.Member, AffiliationRole.Participant, AffiliationRole.Observer,
         AffiliationRole.DialoguePartner, AffiliationRole.Acceding];

    private IReadOnlySet<AffiliationRole> RoleSet => Roles ?? AffiliationRoles.Default;

    private FactFilter FactRules => Facts ?? new FactFilter();

    /// <summary>The affiliations that count, in relation id order, ties through organisations after the direct ones of each relation.</summary>
    public IReadOnlyList<Affiliation> Apply(IEnumerable<Affiliation> raw, AffiliationSide side) =>
    [
        .. raw.Where(a => Admits(a) && (NodeTypes is null || NodeTypes.Contains(side == AffiliationSide.MembersOfBodies ? a.Member.Type : a.Body.Type)))
            .GroupBy(a => (a.Member.Id, a.Body.Id, Via: a.Via?.Id ?? a.Relation.Id))
            .Select(g => g.OrderBy(a => Array.IndexOf(Strength, a.Role)).ThenBy(a => a.Relation.Id, StringComparer.Ordinal).First())
            .OrderBy(a => a.Relation.Id, StringComparer.Ordinal)
            .ThenBy(a => a.Via?.Id ?? "", StringComparer.Ordinal)
            .ThenBy(a => side == AffiliationSide.MembersOfBodies ? a.Member.Id : a.Body.Id, StringComparer.Ordinal),
    ];

    public bool Admits(Affiliation affiliation)
    {
        if (!AffiliationRoles.Matches(RoleSet, affiliation.Role) || !FactRules.Holds(affiliation.Relation))
            return false;
        if (affiliation.ViaRelation is { } viaEdge && !AdmitsVia(affiliation, viaEdge))
            return false;
        return FactRules.Since is null || FactRules.Since.Contains(affiliation.Start);
    }

    private bool AdmitsVia(Affiliation affiliation, Relation viaEdge)
    {
        if (affiliation.Member.Id == affiliation.Body.Id || affiliation.Member.Id == affiliation.Via!.Id)
            return false;
        if (viaEdge.Type != RelationType.MemberOf || AffiliationRoles.Of(viaEdge) is not { } viaRole || !AffiliationRoles.IsMembership(viaRole))
            return false;
        var namesMemberships = RoleSet.Any(AffiliationRoles.IsMembership);
        return (!namesMemberships || AffiliationRoles.Matches(RoleSet, viaRole)) && FactRules.Holds(viaEdge);
    }
}
