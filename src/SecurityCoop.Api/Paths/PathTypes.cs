using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Paths;

/// <summary>A path between two nodes.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "An ordered path: nodes[i] and nodes[i+1] are joined by steps[i]. Relations may be walked against their direction.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of hops.").Resolve(c => c.Source.Length);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").WithComplexityImpact(1, 6).Description("The nodes in order, start first.").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepType>>>>("steps").WithComplexityImpact(1, 6).Description("The hops in order, each with its relation.").Resolve(c => c.Source.Steps);
    }
}

/// <summary>One hop of a path.</summary>
public sealed class PathStepType : ObjectGraphType<PathStep>
{
    public PathStepType()
    {
        Name = "PathStep";
        Description = "One hop: the preferred relation (typed and established before weak or proposed), with its type, properties and sources, whether it was walked along its direction, and any parallel relations.";
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation walked.").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("parallel").WithComplexityImpact(1, 2)
            .Description("Other relations joining the same two nodes that pass the same filters; a route is listed once however many relations back it.")
            .Resolve(c => c.Source.Parallel);
        Field<NonNullGraphType<RelationDirectionEnum>>("direction").Description("OUTGOING when walked from the relation's 'from' to its 'to'.")
            .Resolve(c => c.Source.Forward ? RelationDirection.Outgoing : RelationDirection.Incoming);
    }
}
