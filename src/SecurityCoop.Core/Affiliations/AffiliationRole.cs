using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Affiliations;

/// <summary>How a state or body belongs to an organisation or mechanism.</summary>
public enum AffiliationRole
{
    /// <summary>A founding member (also a member).</summary>
    FoundingMember,

    /// <summary>A member that joined later, or whose founding status the sources do not give.</summary>
    Member,

    /// <summary>Accession under way: not a member yet.</summary>
    Acceding,

    Observer,

    DialoguePartner,

    /// <summary>Takes part in a mechanism, initiative or event.</summary>
    Participant,
}

/// <summary>Which relations are affiliations, and how role filters match them.</summary>
public static class AffiliationRoles
{
    /// <summary>Roles a question uses when it names none: the members and the participants.</summary>
    public static IReadOnlySet<AffiliationRole> Default { get; } =
        new HashSet<AffiliationRole> { AffiliationRole.FoundingMember, AffiliationRole.Member, AffiliationRole.Participant };

    public static IReadOnlyList<RelationType> RelationTypes { get; } =
        [RelationType.MemberOf, RelationType.ObserverOf, RelationType.DialoguePartnerOf, RelationType.ParticipatesIn];

    /// <summary>The role an edge gives, or null when the edge is not an affiliation.</summary>
    public static AffiliationRole? Of(Relation edge) => edge.Type switch
    {
        RelationType.MemberOf => edge.Role switch
        {
            "founding" => AffiliationRole.FoundingMember,
            "acceding" => AffiliationRole.Acceding,
            _ => AffiliationRole.Member,
        },
        RelationType.ObserverOf => AffiliationRole.Observer,
        RelationType.DialoguePartnerOf => AffiliationRole.DialoguePartner,
        RelationType.ParticipatesIn => AffiliationRole.Participant,
        _ => null,
    };

    /// <summary>A filter naming Member also matches founding members: a founding member is a member.</summary>
    public static bool Matches(IReadOnlySet<AffiliationRole> filter, AffiliationRole role) =>
        filter.Contains(role) || (role == AffiliationRole.FoundingMember && filter.Contains(AffiliationRole.Member));

    public static bool IsMembership(AffiliationRole role) => role is AffiliationRole.FoundingMember or AffiliationRole.Member;
}
