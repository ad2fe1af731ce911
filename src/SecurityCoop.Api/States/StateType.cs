using SecurityCoop.Api.Nodes;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Api.States;

/// <summary>A state.</summary>
public sealed class StateType : NodeGraphType
{
    public StateType()
        : base(NodeType.State, "A sovereign state. Its memberships, observer and partner status and participation are under 'memberships'.")
    {
        Navigation("agreements", "Agreements this state signed, adopted or ratified.", EdgeDirection.Outgoing, [RelationType.SignatoryOf]);
        Navigation("disputes", "States and bodies this state has a dispute with.", EdgeDirection.Both, [RelationType.DisputeWith]);
        Navigation("partners", "States and bodies this state cooperates with.", EdgeDirection.Both, [RelationType.CooperatesWith]);
    }
}
