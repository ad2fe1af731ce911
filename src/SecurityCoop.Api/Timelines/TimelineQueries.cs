using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Edges;
using SecurityCoop.Timelines;

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
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                await c.KnownIdAsync([id]);
                return await c.Store().TimelineAsync(new TimelineQuery(id, c.Filter<RelationType>("relationTypes"), c.IncludeUnestablished()), c.CancellationToken);
            });
    }
}
