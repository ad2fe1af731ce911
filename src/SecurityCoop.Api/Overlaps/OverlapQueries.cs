using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using SecurityCoop.Affiliations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Nodes;
using SecurityCoop.Overlaps;

namespace SecurityCoop.Api.Overlaps;

/// <summary>Overlap questions: in all of N, in A but not B, sizes and Jaccard, a matrix.</summary>
internal static class OverlapQueries
{
    public static void AddOverlapQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OverlapType>>("overlap")
            .Description("Nodes affiliated with every one of 'bodies' and, if given, with none of 'excluding'.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("bodies", "Organisations or mechanisms, e.g. [\"org:asean\", \"mech:arf\"].")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("excluding", "Leave out affiliates of these bodies.")
            .OverlapArguments()
            .ResolveAsync(async c =>
            {
                var bodies = await c.KnownIdsAsync("bodies", c.Limits().MaxBodies);
                var excluding = c.GetArgument<List<string>?>("excluding") is { Count: > 0 } ? await c.KnownIdsAsync("excluding", c.Limits().MaxBodies) : [];
                return await AnswerAsync(c, bodies, excluding);
            });
        query.Field<NonNullGraphType<OverlapType>>("difference")
            .Description("Nodes affiliated with 'of' but not with 'notIn' (A not B).")
            .Argument<NonNullGraphType<IdGraphType>>("of", "The body whose affiliates to list.")
            .Argument<NonNullGraphType<IdGraphType>>("notIn", "The body whose affiliates to leave out.")
            .OverlapArguments()
            .ResolveAsync(async c =>
            {
                string[] of = [c.GetArgument<string>("of")], notIn = [c.GetArgument<string>("notIn")];
                await c.KnownIdAsync([of[0], notIn[0]]);
                return await AnswerAsync(c, of, notIn);
            });
        query.Field<NonNullGraphType<OverlapComparisonType>>("compare")
            .Description("Two bodies compared: overlap size, union, Jaccard index, and who is in both, only a, only b.")
            .Argument<NonNullGraphType<IdGraphType>>("a", "The first body.")
            .Argument<NonNullGraphType<IdGraphType>>("b", "The second body.")
            .OverlapArguments()
            .ResolveAsync(async c => await CompareAsync(c));
        query.Field<NonNullGraphType<OverlapMatrixType>>("overlapMatrix")
            .Description("Overlap sizes and Jaccard indexes of every pair among the bodies.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("bodies", "Two or more bodies.")
            .OverlapArguments()
            .ResolveAsync(async c =>
            {
                var bodies = await c.KnownIdsAsync("bodies", c.Limits().MaxBodies);
                return await c.Store().OverlapMatrixAsync(Query(c, bodies, []), c.CancellationToken);
            });
    }

    private static FieldBuilder<object?, TReturn> OverlapArguments<TReturn>(this FieldBuilder<object?, TReturn> field) =>
        field.RolesArgument()
            .AsOfArgument()
            .Argument<BooleanGraphType>("throughMembers",
                "Count the members of member organisations (ASEAN's states where ASEAN as a whole takes part); answers mark them with 'via'. Default false.",
                a => a.DefaultValue = false)
            .NodeTypesArgument("memberTypes")
            .UnestablishedArgument();

    private static OverlapQuery Query(IResolveFieldContext c, IReadOnlyList<string> bodies, IReadOnlyList<string> excluding) =>
        new(bodies, excluding, c.Filter<AffiliationRole>("roles"), c.AsOf(), c.GetArgument("throughMembers", false),
            c.Filter<NodeType>("memberTypes"), c.IncludeUnestablished());

    private static async Task<OverlapAnswer> AnswerAsync(IResolveFieldContext c, IReadOnlyList<string> bodies, IReadOnlyList<string> excluding)
    {
        var store = c.Store();
        var members = await store.OverlapAsync(Query(c, bodies, excluding), c.CancellationToken);
        var bodyNodes = await store.GetNodesAsync(bodies, c.CancellationToken);
        var excludedNodes = await store.GetNodesAsync(excluding, c.CancellationToken);
        return new OverlapAnswer(bodyNodes, excludedNodes, members);
    }

    private static async Task<OverlapComparison> CompareAsync(IResolveFieldContext c)
    {
        var (a, b) = (c.GetArgument<string>("a"), c.GetArgument<string>("b"));
        if (a == b)
            throw SecurityCoop.Store.StoreException.Invalid("'a' and 'b' are the same body; compare two different ones.");
        await c.KnownIdAsync([a, b]);
        var store = c.Store();
        var matrix = await store.OverlapMatrixAsync(Query(c, [a, b], []), c.CancellationToken);
        var both = await store.OverlapAsync(Query(c, [a, b], []), c.CancellationToken);
        var onlyA = await store.OverlapAsync(Query(c, [a], [b]), c.CancellationToken);
        var onlyB = await store.OverlapAsync(Query(c, [b], [a]), c.CancellationToken);
        return new OverlapComparison(matrix.Cells[0], both, onlyA, onlyB);
    }
}
