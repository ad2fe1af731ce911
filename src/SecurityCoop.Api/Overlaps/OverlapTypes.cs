using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Affiliations;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Overlaps;

namespace SecurityCoop.Api.Overlaps;

/// <summary>GraphQL shape of an overlap of bodies: a <see cref="SetAnswer"/> whose operands are all affiliates of bodies.</summary>
public sealed class OverlapType : ObjectGraphType<SetAnswer>
{
    public OverlapType()
    {
        Name = "Overlap";
        Description = "The nodes affiliated with every one of the bodies and with none of the excluded ones.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("bodies").WithComplexityImpact(1, 5).Description("The bodies asked about.")
            .Resolve(c => Subjects(c.Source, SetPart.All));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("excluding").WithComplexityImpact(1, 3).Description("The bodies whose affiliates were left out.")
            .Resolve(c => Subjects(c.Source, SetPart.None));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes are in the overlap.").Resolve(c => c.Source.Members.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("members").Description("The nodes, in id order, with their ties to each body.").Resolve(c => c.Source.Members);
    }

    private static IEnumerable<Node> Subjects(SetAnswer answer, SetPart part) =>
        answer.Operands.Where(o => o.Part == part).Select(o => o.Subject).OfType<Node>();
}

/// <summary>One node of an overlap: a <see cref="SetMember"/> read as its ties to the bodies.</summary>
public sealed class OverlapMemberType : ObjectGraphType<SetMember>
{
    public OverlapMemberType()
    {
        Name = "OverlapMember";
        Description = "A node in an overlap, with its affiliations to each body asked about.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationType>>>>("affiliations").WithComplexityImpact(1, 3).Description("Its ties to the bodies, direct and through member organisations.")
            .Resolve(c => c.Source.Evidence.SelectMany(e => e.Affiliations));
        Field<NonNullGraphType<BooleanGraphType>>("throughMembersOnly").Description("True when it belongs to at least one of the bodies only through a member organisation.")
            .Resolve(c => c.Source.ThroughMembersOnly);
    }
}

/// <summary>Overlap figures for one pair of bodies.</summary>
public sealed class OverlapCellType : ObjectGraphType<SetCell>
{
    public OverlapCellType()
    {
        Name = "OverlapCell";
        Description = "Overlap of two bodies' affiliate sets: sizes, intersection, union and Jaccard index.";
        Field<NonNullGraphType<NodeInterface>>("a").Description("The first body.").Resolve(c => c.Source.A.Subject);
        Field<NonNullGraphType<NodeInterface>>("b").Description("The second body.").Resolve(c => c.Source.B.Subject);
        OverlapFigures.Add(this);
    }
}

/// <summary>The comparison of two bodies.</summary>
public sealed class OverlapComparisonType : ObjectGraphType<SetComparison>
{
    public OverlapComparisonType()
    {
        Name = "OverlapComparison";
        Description = "Two bodies compared: the figures, and who is in both, only in a, and only in b.";
        Field<NonNullGraphType<OverlapCellType>>("figures").Description("Sizes, intersection, union and Jaccard index.").Resolve(c => c.Source.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("both").Description("Affiliates of both.").Resolve(c => c.Source.Both);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("onlyA").Description("Affiliates of a but not b.").Resolve(c => c.Source.OnlyA);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapMemberType>>>>("onlyB").Description("Affiliates of b but not a.").Resolve(c => c.Source.OnlyB);
    }
}

/// <summary>The overlap matrix of bodies.</summary>
public sealed class OverlapMatrixType : ObjectGraphType<SetMatrix>
{
    public OverlapMatrixType()
    {
        Name = "OverlapMatrix";
        Description = "Overlap of every pair among many bodies.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("bodies").WithComplexityImpact(1, 5).Description("The bodies, in the order asked.")
            .Resolve(c => c.Source.Operands.Select(o => o.Subject));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OverlapCellType>>>>("cells").Description("One cell per unordered pair, in the bodies' order.").Resolve(c => c.Source.Cells);
    }
}
