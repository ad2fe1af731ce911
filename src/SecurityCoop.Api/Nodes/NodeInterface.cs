using GraphQL.Types;
using SecurityCoop.Core.Nodes;

namespace SecurityCoop.Api.Nodes;

/// <summary>What every node type has in common.</summary>
public sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A thing in the graph: a state, organisation, mechanism, agreement, initiative, event, theme, group, person or place.";
        this.AddCommonFields();
        foreach (var field in Fields)
            field.Resolver = null;
    }
}
