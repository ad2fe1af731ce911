using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Api.Timelines;

/// <summary>The timeline question.</summary>
internal static class TimelineQueries
{
    public static void AddTimelineQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline")
            .Description("A node's dated relations in date order: when memberships, participation, signatures and roles started and ended.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The node id.")
            .RelationTypesArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .ResolveAsync(async c => TimelineFilter.Apply(c, await c.Store().TimelineAsync(
                new TimelineQuery(c.GetArgument<string>("id"), c.Filter<RelationType>("relationTypes"), c.IncludeUnestablished()), c.CancellationToken)));
    }
}
