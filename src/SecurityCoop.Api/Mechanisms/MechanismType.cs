using SecurityCoop.Api.Nodes;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Api.Mechanisms;

/// <summary>A mechanism of an organisation.</summary>
public sealed class MechanismType : NodeGraphType
{
    public MechanismType()
        : base(NodeType.Mechanism, "A mechanism, forum or permanent body (SCO RATS, ASEAN Regional Forum, ADMM, ADMM-Plus, East Asia Summit, SOMTC, ...).")
    {
        Navigation("parent", "The bodies this mechanism is part of.", EdgeDirection.Outgoing, [RelationType.PartOf]);
        Navigation("establishedBy", "Who established it.", EdgeDirection.Outgoing, [RelationType.EstablishedBy]);
        Members("participants", "States and bodies taking part: members and participants by default; roles select others.");
        Navigation("agreements", "Agreements linked to this mechanism.", EdgeDirection.Both,
            [RelationType.SignatoryOf, RelationType.EstablishedBy, RelationType.Implements, RelationType.LinkedTo], [NodeType.Agreement]);
        Navigation("initiatives", "Initiatives linked to this mechanism.", EdgeDirection.Both,
            [RelationType.EstablishedBy, RelationType.Implements, RelationType.ParticipatesIn, RelationType.LinkedTo, RelationType.PartOf],
            [NodeType.Initiative]);
        Navigation("themes", "Themes this mechanism addresses.", EdgeDirection.Outgoing, [RelationType.Addresses], [NodeType.Theme]);
        Navigation("headquarters", "Where it is headquartered.", EdgeDirection.Outgoing, [RelationType.HeadquarteredIn]);
        Navigation("parts", "Mechanisms that are part of this one.", EdgeDirection.Incoming, [RelationType.PartOf]);
    }
}
