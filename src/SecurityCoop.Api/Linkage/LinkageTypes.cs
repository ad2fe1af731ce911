using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Paths;
using SecurityCoop.Core.Linkage;

namespace SecurityCoop.Api.Linkage;

/// <summary>A node linked to an origin.</summary>
public sealed class LinkageType : ObjectGraphType<SecurityCoop.Core.Linkage.LinkedNode>
{
    public LinkageType()
    {
        Name = "Linkage";
        Description = "A node within reach of the origin, its distance, and a shortest path that links them.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The linked node.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<IntGraphType>>("distance").Description("Hops from the origin.").Resolve(c => c.Source.Distance);
        Field<NonNullGraphType<PathType>>("path").Description("A shortest path from the origin to the node.").Resolve(c => c.Source.Path);
    }
}

/// <summary>A node shared by several origins.</summary>
public sealed class SharedLinkageType : ObjectGraphType<SharedLinkage>
{
    public SharedLinkageType()
    {
        Name = "SharedLinkage";
        Description = "A node every origin reaches, with a path from each origin, in the order the origins were given.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The shared node.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathType>>>>("paths").WithComplexityImpact(1, 3).Description("One path per origin.").Resolve(c => c.Source.Paths);
    }
}
