using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Conflicts;

/// <summary>The conflicts question.</summary>
internal static class ConflictQueries
{
    public static void AddConflictQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts")
            .Description("Where the sources disagree (e.g. RATS founded 2002 or 2004), each claim with its sources; all of them, or those about one subject.")
            .Argument<IdGraphType>("subject", "Only conflicts about this node.")
            .ResolveAsync(async c => await c.Store().ConflictsAsync(c.GetArgument<string?>("subject"), c.CancellationToken));
    }
}
