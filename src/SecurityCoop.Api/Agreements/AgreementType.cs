using SecurityCoop.Api.Nodes;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Agreements;

/// <summary>An agreement.</summary>
public sealed class AgreementType : NodeGraphType
{
    public AgreementType()
        : base(NodeType.Agreement, "A treaty, convention, charter, declaration, plan or memorandum of understanding.")
    {
        Navigation("signatories", "Who signed, adopted or ratified it.", RelationDirection.Incoming, [RelationType.SignatoryOf]);
        Navigation("establishedBy", "The body that made it.", RelationDirection.Outgoing, [RelationType.EstablishedBy]);
        Navigation("themes", "Themes it addresses.", RelationDirection.Outgoing, [RelationType.Addresses], [NodeType.Theme]);
    }
}
