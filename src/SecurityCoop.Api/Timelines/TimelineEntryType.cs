using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Api.Timelines;

/// <summary>One dated moment in a node's history.</summary>
public sealed class TimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "A dated moment of a node's relations: a start, an end, a one-off dated relation or a snapshot.";
        Field<NonNullGraphType<DateValueType>>("date").Description("When.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<TimelineMomentEnum>>("moment").Description("What kind of moment.").Resolve(c => c.Source.Moment);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation, with its sources.").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<NodeInterface>>("other").Description("The node at the relation's other end.").Resolve(c => c.Source.Other);
    }
}
