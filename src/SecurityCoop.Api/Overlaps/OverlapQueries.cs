using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Overlaps;

/// <summary>
/// Overlap questions. <c>sets</c>, <c>setMatrix</c> and <c>compareSets</c> take operands, each with its own filters;
/// <c>overlap</c>, <c>difference</c>, <c>compare</c> and <c>overlapMatrix</c> are their short forms over bodies that share one filter.
/// All are answered by <see cref="SetQuestions"/>.
/// </summary>
internal static class OverlapQueries
{
    public static void AddOverlapQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<SetAnswerType>>("sets")
            .Description("Set algebra over operands (affiliates of a body, neighbours of a node, listed ids), each with its own filters: the nodes in every " +
                "'all' operand (intersection), in at least one 'any' operand (union) and in no 'none' operand (difference), with each member's evidence.")
            .Argument<ListGraphType<NonNullGraphType<SetOperandInputType>>>("all", "Operands a node must be in, every one.")
            .Argument<ListGraphType<NonNullGraphType<SetOperandInputType>>>("any", "Operands a node must be in, at least one.")
            .Argument<ListGraphType<NonNullGraphType<SetOperandInputType>>>("none", "Operands a node must not be in.")
            .ResolveAsync(async c => await c.SetQuestions().CombineAsync(new SetQuestion(Operands(c, "all"), Operands(c, "any"), Operands(c, "none")), c.CancellationToken));
        query.Field<NonNullGraphType<SetMatrixType>>("setMatrix")
            .Description("Sizes, intersection, union and Jaccard index of every pair among two or more operands.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<SetOperandInputType>>>>("operands", "Two or more operands.")
            .ResolveAsync(async c => await c.SetQuestions().MatrixAsync(Operands(c, "operands") ?? [], "operands", c.CancellationToken));
        query.Field<NonNullGraphType<SetComparisonType>>("compareSets")
            .Description("Two operands compared: the figures, and who is in both, only in a and only in b.")
            .Argument<NonNullGraphType<SetOperandInputType>>("a", "The first operand.")
            .Argument<NonNullGraphType<SetOperandInputType>>("b", "The second operand.")
            .ResolveAsync(async c => await c.SetQuestions().CompareAsync(
                OperandReader.Read(c.GetArgument<OperandInput>("a"), "a"), OperandReader.Read(c.GetArgument<OperandInput>("b"), "b"), c.CancellationToken));
        AddBodyForms(query);
    }

    private static void AddBodyForms(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<OverlapType>>("overlap")
            .Description("Nodes affiliated with every one of 'bodies' and, if given, with none of 'excluding'; all under one filter ('sets' gives each body its own).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("bodies", "Organisations or mechanisms, e.g. [\"org:asean\", \"mech:arf\"].")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("excluding", "Leave out affiliates of these bodies.")
            .OverlapArguments()
            .ResolveAsync(async c => await c.SetQuestions().CombineAsync(
                new SetQuestion(Bodies(c, "bodies"), None: Bodies(c, "excluding"), Names: new SetPartNames("bodies", None: "excluding")), c.CancellationToken));
        query.Field<NonNullGraphType<OverlapType>>("difference")
            .Description("Nodes affiliated with 'of' but not with 'notIn' (A not B), under one filter ('sets' gives each side its own).")
            .Argument<NonNullGraphType<IdGraphType>>("of", "The body whose affiliates to list.")
            .Argument<NonNullGraphType<IdGraphType>>("notIn", "The body whose affiliates to leave out.")
            .OverlapArguments()
            .ResolveAsync(async c => await c.SetQuestions().CombineAsync(
                new SetQuestion([Body(c, c.GetArgument<string>("of"))], None: [Body(c, c.GetArgument<string>("notIn"))], Names: new SetPartNames("of", None: "notIn")),
                c.CancellationToken));
        query.Field<NonNullGraphType<OverlapComparisonType>>("compare")
            .Description("Two bodies compared: overlap size, union, Jaccard index, and who is in both, only a, only b ('compareSets' takes operands).")
            .Argument<NonNullGraphType<IdGraphType>>("a", "The first body.")
            .Argument<NonNullGraphType<IdGraphType>>("b", "The second body.")
            .OverlapArguments()
            .ResolveAsync(async c =>
            {
                var (a, b) = (c.GetArgument<string>("a"), c.GetArgument<string>("b"));
                if (a == b)
                    throw StoreException.Invalid("'a' and 'b' are the same body; compare two different ones.");
                return await c.SetQuestions().CompareAsync(Body(c, a), Body(c, b), c.CancellationToken);
            });
        query.Field<NonNullGraphType<OverlapMatrixType>>("overlapMatrix")
            .Description("Overlap sizes and Jaccard indexes of every pair among the bodies ('setMatrix' takes operands).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("bodies", "Two or more bodies.")
            .OverlapArguments()
            .ResolveAsync(async c => await c.SetQuestions().MatrixAsync([.. (Bodies(c, "bodies") ?? []).DistinctBy(o => o.Body)], "bodies", c.CancellationToken));
    }

    private static FieldBuilder<object?, TReturn> OverlapArguments<TReturn>(this FieldBuilder<object?, TReturn> field) =>
        field.RolesArgument()
            .AsOfArgument()
            .Argument<BooleanGraphType>("throughMembers",
                "Count the members of member organisations (ASEAN's states where ASEAN as a whole takes part); answers mark them with 'via'. Default false.",
                a => a.DefaultValue = false)
            .NodeTypesArgument("memberTypes")
            .UnestablishedArgument()
            .ProvenanceArguments();

    private static IReadOnlyList<SetOperand>? Operands(IResolveFieldContext c, string name) =>
        OperandReader.Read(c.GetArgument<List<OperandInput>?>(name), name);

    /// <summary>The bodies of a list argument as affiliates operands sharing the field's filters; an empty list is a mistake.</summary>
    private static List<AffiliatesOperand>? Bodies(IResolveFieldContext c, string name)
    {
        var ids = c.GetArgument<List<string>?>(name);
        if (ids is { Count: 0 })
            throw StoreException.Invalid($"'{name}' is an empty list; name at least one node id.");
        return ids?.Select(id => Body(c, id)).ToList();
    }

    private static AffiliatesOperand Body(IResolveFieldContext c, string id) =>
        new(id, new AffiliationFilter(c.Filter<AffiliationRole>("roles"), c.Facts(), c.Filter<NodeType>("memberTypes")), c.GetArgument("throughMembers", false));
}
