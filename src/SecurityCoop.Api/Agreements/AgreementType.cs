using SecurityCoop.Api.Nodes;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Api.Agreements;

/// <summary>An agreement.</summary>
public sealed class AgreementType : NodeGraphType
{
    public AgreementType()
        : base(NodeType.Agreement, "A treaty, convention, charter, declaration, plan or memorandum of understanding.")
    {
        Navigation("signatories", "Who signed, adopted or ratified it.", EdgeDirection.Incoming, [RelationType.SignatoryOf]);
        Navigation("establishedBy", "The body that made it.", EdgeDirection.Outgoing, [RelationType.EstablishedBy]);
        Navigation("themes", "Themes it addresses.", EdgeDirection.Outgoing, [RelationType.Addresses], [NodeType.Theme]);
    }
}
