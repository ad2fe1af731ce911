using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Nodes;

/// <summary>GraphQL shape of <see cref="Neighbour"/>.</summary>
public sealed class NeighbourType : ObjectGraphType<Neighbour>
{
    public NeighbourType()
    {
        Name = "Neighbour";
        Description = "A node one relation away, with that relation and its direction as seen from the node asked about.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node at the other end.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation between the two.").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("parallel").WithComplexityImpact(1, 2)
            .Description("The other relations between the same two nodes, where the list shows each node once (the typed navigation fields); empty otherwise.")
            .Resolve(c => c.Source.Parallel);
        Field<NonNullGraphType<RelationDirectionEnum>>("direction").Description("OUTGOING when the relation points from the node asked about.").Resolve(c => c.Source.Direction);
    }
}
