using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Organisations;

/// <summary>An international organisation.</summary>
public sealed class OrganisationType : NodeGraphType
{
    public OrganisationType()
        : base(NodeType.Organisation, "An international or regional organisation (ASEAN, SCO, CSTO, UN, ...).")
    {
        Members("members", "States and bodies affiliated with this organisation: members by default; roles select observers, dialogue partners, acceding states.");
        Navigation("mechanisms", "Mechanisms that are part of, or were established by, this organisation.", RelationDirection.Incoming,
            [RelationType.PartOf, RelationType.EstablishedBy], [NodeType.Mechanism]);
        Navigation("agreements", "Agreements this organisation signed or established.", RelationDirection.Both,
            [RelationType.SignatoryOf, RelationType.EstablishedBy], [NodeType.Agreement]);
        Navigation("partners", "Bodies and states it cooperates with, and its dialogue partners either way.", RelationDirection.Both,
            [RelationType.CooperatesWith, RelationType.DialoguePartnerOf]);
        Navigation("initiatives", "Initiatives it established, implements or takes part in.", RelationDirection.Both,
            [RelationType.EstablishedBy, RelationType.Implements, RelationType.ParticipatesIn, RelationType.LinkedTo], [NodeType.Initiative]);
        Navigation("themes", "Themes this organisation addresses.", RelationDirection.Outgoing, [RelationType.Addresses], [NodeType.Theme]);
        Navigation("headquarters", "Where it is headquartered.", RelationDirection.Outgoing, [RelationType.HeadquarteredIn]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JointAgreementType>>>>("jointAgreements")
            .Description("Agreements this organisation signed together with other signatories (by default other organisations; add MECHANISM to count bodies such as secretariats), e.g. the SCO's agreements with other organisations.")
            .Argument<ListGraphType<NonNullGraphType<NodeTypeEnum>>>("partnerTypes", "Kinds of co-signatory to count; default [ORGANISATION].")
            .AsOfArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c => JointAgreementReader.Read(c, c.Filter<NodeType>("partnerTypes") ?? new HashSet<NodeType> { NodeType.Organisation }));
    }
}
