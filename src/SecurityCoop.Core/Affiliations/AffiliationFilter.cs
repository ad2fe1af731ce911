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
    private static readonly AffiliationRole[] StrengthOrder =
        [AffiliationRole.FoundingMember, AffiliationRole.Member, AffiliationRole.Participant, AffiliationRole.Observer,
         AffiliationRole.DialoguePartner, AffiliationRole.Acceding];

    private static readonly FactFilter NoFacts = new();

    private IReadOnlySet<AffiliationRole> RoleSet => Roles ?? AffiliationRoles.Default;

    private FactFilter FactRules => Facts ?? NoFacts;

    /// <summary>The affiliations that count, in the order the store gives them (relation id order, ties through an organisation after the direct ones).</summary>
    public IReadOnlyList<Affiliation> Apply(IEnumerable<Affiliation> raw, AffiliationSide side)
    {
        var result = new List<Affiliation>();
        Dictionary<(string Member, string Body, string Via), int>? throughAt = null;
        foreach (var affiliation in raw)
        {
            if (!Admits(affiliation) || (NodeTypes is not null && !NodeTypes.Contains(side == AffiliationSide.MembersOfBodies ? affiliation.Member.Type : affiliation.Body.Type)))
                continue;
            if (affiliation.Via is not { } via)
            {
                result.Add(affiliation);
                continue;
            }
            throughAt ??= [];
            var key = (affiliation.Member.Id, affiliation.Body.Id, via.Id);
            if (!throughAt.TryGetValue(key, out var at))
            {
                throughAt[key] = result.Count;
                result.Add(affiliation);
            }
            else if (Strength(affiliation.Role) < Strength(result[at].Role))
            {
                result[at] = affiliation;
            }
        }
        return result;
    }

    private static int Strength(AffiliationRole role) => Array.IndexOf(StrengthOrder, role);

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
