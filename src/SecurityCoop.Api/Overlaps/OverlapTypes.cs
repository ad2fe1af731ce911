using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Affiliations;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Overlaps;

namespace SecurityCoop.Api.Overlaps;

/// <summary>The answer to an overlap question.</summary>
public sealed record OverlapAnswer(IReadOnlyList<SecurityCoop.Nodes.Node> Bodies, IReadOnlyList<SecurityCoop.Nodes.Node> Excluding, IReadOnlyList<OverlapMember> Members);

/// <summary>GraphQL shape of <see cref="OverlapAnswer"/>.</summary>
public sealed class OverlapType : ObjectGraphType<OverlapAnswer>
{
    public OverlapType()
    {
        Name = "Overlap";
        Description = "The nodes affiliated with every one of the bodies and with none of the excluded ones.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("bodies").WithComplexityImpact(1, 5).Description("The bodies asked about.").Resolve(c => c.Source.Bodies.Select(b => b));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("excluding").WithComplexityImpact(1, 3).Description("The bodies whose affiliates were left out.").Resolve(c => c.Source.Excluding.Select(b => b));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes are in the overlap.").Resolve(c => c.Source.Members.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("members").Description("The nodes, in id order, with their ties to each body.").Resolve(c => c.Source.Members);
    }
}

/// <summary>One node of an overlap.</summary>
public sealed class OverlapMemberType : ObjectGraphType<OverlapMember>
{
    public OverlapMemberType()
    {
        Name = "OverlapMember";
        Description = "A node in an overlap, with its affiliations to each body asked about.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node.").Resolve(c => c.Source.Member);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationType>>>>("affiliations").WithComplexityImpact(1, 3).Description("Its ties to the bodies, direct and through member organisations.").Resolve(c => c.Source.Affiliations);
        Field<NonNullGraphType<BooleanGraphType>>("throughMembersOnly").Description("True when it belongs to at least one of the bodies only through a member organisation.")
            .Resolve(c => c.Source.Affiliations.GroupBy(a => a.Body.Id).Any(g => g.All(a => !a.IsDirect)));
    }
}

/// <summary>Overlap figures for one pair of bodies.</summary>
public sealed class OverlapCellType : ObjectGraphType<OverlapCell>
{
    public OverlapCellType()
    {
        Name = "OverlapCell";
        Description = "Overlap of two bodies' affiliate sets: sizes, intersection, union and Jaccard index.";
        Field<NonNullGraphType<NodeInterface>>("a").Description("The first body.").Resolve(c => c.Source.A);
        Field<NonNullGraphType<NodeInterface>>("b").Description("The second body.").Resolve(c => c.Source.B);
        Field<NonNullGraphType<IntGraphType>>("sizeA").Description("Affiliates of a.").Resolve(c => c.Source.SizeA);
        Field<NonNullGraphType<IntGraphType>>("sizeB").Description("Affiliates of b.").Resolve(c => c.Source.SizeB);
        Field<NonNullGraphType<IntGraphType>>("intersection").Description("Affiliates of both.").Resolve(c => c.Source.Intersection);
        Field<NonNullGraphType<IntGraphType>>("union").Description("Affiliates of either.").Resolve(c => c.Source.Union);
        Field<NonNullGraphType<FloatGraphType>>("jaccard").Description("intersection / union; 0 when both are empty.").Resolve(c => c.Source.Jaccard);
    }
}

/// <summary>The comparison of two bodies.</summary>
public sealed record OverlapComparison(OverlapCell Cell, IReadOnlyList<OverlapMember> Both, IReadOnlyList<OverlapMember> OnlyA, IReadOnlyList<OverlapMember> OnlyB);

/// <summary>GraphQL shape of <see cref="OverlapComparison"/>.</summary>
public sealed class OverlapComparisonType : ObjectGraphType<OverlapComparison>
{
    public OverlapComparisonType()
    {
        Name = "OverlapComparison";
        Description = "Two bodies compared: the figures, and who is in both, only in a, and only in b.";
        Field<NonNullGraphType<OverlapCellType>>("figures").Description("Sizes, intersection, union and Jaccard index.").Resolve(c => c.Source.Cell);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("both").Description("Affiliates of both.").Resolve(c => c.Source.Both);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("onlyA").Description("Affiliates of a but not b.").Resolve(c => c.Source.OnlyA);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("onlyB").Description("Affiliates of b but not a.").Resolve(c => c.Source.OnlyB);
    }
}

/// <summary>GraphQL shape of <see cref="OverlapMatrix"/>.</summary>
public sealed class OverlapMatrixType : ObjectGraphType<OverlapMatrix>
{
    public OverlapMatrixType()
    {
        Name = "OverlapMatrix";
        Description = "Overlap of every pair among many bodies.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("bodies").WithComplexityImpact(1, 5).Description("The bodies, in the order asked.").Resolve(c => c.Source.Bodies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapCellType>>>>("cells").Description("One cell per unordered pair, in the bodies' order.").Resolve(c => c.Source.Cells);
    }
}
