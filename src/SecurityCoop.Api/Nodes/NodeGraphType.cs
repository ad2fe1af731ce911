using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Affiliations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Nodes;

/// <summary>Base of the concrete node types: the common fields, the Node interface, and a type check on the node's type.</summary>
public abstract class NodeGraphType : ObjectGraphType<Node>
{
    protected NodeGraphType(NodeType type, string description)
    {
        Name = type.ToString();
        Description = description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is Node node && node.Type == type;
        this.AddCommonFields();
    }

    /// <summary>Declares a typed navigation field: neighbours through fixed relation types, optionally of fixed node types, each once.</summary>
    protected void Navigation(string name, string description, RelationDirection direction, RelationType[] relations, NodeType[]? nodeTypes = null)
    {
        var relationSet = relations.ToHashSet();
        var nodeSet = nodeTypes?.ToHashSet();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighbourType>>>>(name)
            .Description(description)
            .AsOfArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c => NeighbourReader.Read(c, direction, relationSet, nodeSet, oncePerNode: true));
    }

    /// <summary>Declares the members field of a body, with role, as-of and through-member options.</summary>
    protected void Members(string name, string description)
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationType>>>>(name)
            .Description(description)
            .RolesArgument()
            .AsOfArgument()
            .Argument<BooleanGraphType>("throughMembers",
                "Also count the members of member organisations, marked with 'via' (ASEAN's states where ASEAN as a whole takes part). Default false.",
                a => a.DefaultValue = false)
            .NodeTypesArgument("memberTypes")
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c => NodeFields.Affiliations(c, AffiliationSide.MembersOfBodies, c.GetArgument("throughMembers", false), "memberTypes"));
    }
}
