using SecurityCoop.Api.Nodes;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.States;

/// <summary>A state.</summary>
public sealed class StateType : NodeGraphType
{
    public StateType()
        : base(NodeType.State, "A sovereign state. Its memberships, observer and partner status and participation are under 'memberships'.")
    {
        Navigation("agreements", "Agreements this state signed, adopted or ratified.", RelationDirection.Outgoing, [RelationType.SignatoryOf]);
        Navigation("disputes", "States and bodies this state has a dispute with.", RelationDirection.Both, [RelationType.DisputeWith]);
        Navigation("partners", "States and bodies this state cooperates with.", RelationDirection.Both, [RelationType.CooperatesWith]);
    }
}
