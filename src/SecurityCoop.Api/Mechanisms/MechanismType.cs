using SecurityCoop.Api.Nodes;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Mechanisms;

/// <summary>A mechanism of an organisation.</summary>
public sealed class MechanismType : NodeGraphType
{
    public MechanismType()
        : base(NodeType.Mechanism, "A mechanism, forum or permanent body (SCO RATS, ASEAN Regional Forum, ADMM, ADMM-Plus, East Asia Summit, SOMTC, ...).")
    {
        Navigation("parent", "The bodies this mechanism is part of.", RelationDirection.Outgoing, [RelationType.PartOf]);
        Navigation("establishedBy", "Who established it.", RelationDirection.Outgoing, [RelationType.EstablishedBy]);
        Members("participants", "States and bodies taking part: members and participants by default; roles select others.");
        Navigation("agreements", "Agreements linked to this mechanism.", RelationDirection.Both,
            [RelationType.SignatoryOf, RelationType.EstablishedBy, RelationType.Implements, RelationType.LinkedTo], [NodeType.Agreement]);
        Navigation("initiatives", "Initiatives linked to this mechanism.", RelationDirection.Both,
            [RelationType.EstablishedBy, RelationType.Implements, RelationType.ParticipatesIn, RelationType.LinkedTo, RelationType.PartOf],
            [NodeType.Initiative]);
        Navigation("themes", "Themes this mechanism addresses.", RelationDirection.Outgoing, [RelationType.Addresses], [NodeType.Theme]);
        Navigation("headquarters", "Where it is headquartered.", RelationDirection.Outgoing, [RelationType.HeadquarteredIn]);
        Navigation("parts", "Mechanisms that are part of this one.", RelationDirection.Incoming, [RelationType.PartOf]);
    }
}
