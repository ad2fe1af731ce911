using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Affiliations;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Core.Overlaps;

namespace SecurityCoop.Api.Overlaps;

/// <summary>GraphQL shape of <see cref="SetAnswer"/>.</summary>
public sealed class SetAnswerType : ObjectGraphType<SetAnswer>
{
    public SetAnswerType()
    {
        Name = "SetAnswer";
        Description = "The nodes in every 'all' operand, in at least one 'any' operand and in no 'none' operand, with the evidence for each.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetOperandSummaryType>>>>("operands").WithComplexityImpact(1, 5).Description("The operands as answered, in the question's order.").Resolve(c => c.Source.Operands);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes are in the answer.").Resolve(c => c.Source.Members.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetMemberType>>>>("members").Description("The nodes, in id order.").Resolve(c => c.Source.Members);
    }
}

/// <summary>GraphQL shape of <see cref="OperandSummary"/>.</summary>
public sealed class SetOperandSummaryType : ObjectGraphType<OperandSummary>
{
    public SetOperandSummaryType()
    {
        Name = "SetOperandSummary";
        Description = "One operand of a set question as answered.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its place in the question: all[0], none[1], operands[2].").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("label").Description("The label it was given, or what it is (\"affiliates of mech:arf\").").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<SetPartEnum>>("part").Description("ALL, ANY or NONE.").Resolve(c => c.Source.Part);
        Field<NodeInterface>("subject").Description("The body or node it is about; null for listed ids.").Resolve(c => c.Source.Subject);
        Field<NonNullGraphType<IntGraphType>>("size").Description("How many nodes the operand holds.").Resolve(c => c.Source.Size);
    }
}

/// <summary>GraphQL shape of <see cref="SetMember"/>.</summary>
public sealed class SetMemberType : ObjectGraphType<SetMember>
{
    public SetMemberType()
    {
        Name = "SetMember";
        Description = "A node in a set answer, with the evidence of every operand it satisfies.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetEvidenceType>>>>("evidence").WithComplexityImpact(1, 3).Description("For each 'all' and 'any' operand it is in, why.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<BooleanGraphType>>("throughMembersOnly").Description("True when it belongs to some body only through a member organisation.").Resolve(c => c.Source.ThroughMembersOnly);
    }
}

/// <summary>GraphQL shape of <see cref="SetEvidence"/>.</summary>
public sealed class SetEvidenceType : ObjectGraphType<SetEvidence>
{
    public SetEvidenceType()
    {
        Name = "SetEvidence";
        Description = "Why a node is in one operand: its affiliations to the body, its relations to the node, or that it was listed.";
        Field<NonNullGraphType<SetOperandSummaryType>>("operand").Description("The operand.").Resolve(c => c.Source.Operand);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationType>>>>("affiliations").WithComplexityImpact(1, 3).Description("Its ties to the body, with role, dates, via and sources (affiliates operands).").Resolve(c => c.Source.Affiliations);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighbourType>>>>("relations").WithComplexityImpact(1, 3).Description("Its relations to the node, with direction and sources (neighbours operands).").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<BooleanGraphType>>("listed").Description("True for an ids operand: it is there because it was listed.").Resolve(c => c.Source.Listed);
    }
}

/// <summary>GraphQL shape of <see cref="SetCell"/>.</summary>
public sealed class SetCellType : ObjectGraphType<SetCell>
{
    public SetCellType()
    {
        Name = "SetCell";
        Description = "Overlap of two operands: sizes, intersection, union and Jaccard index.";
        Field<NonNullGraphType<SetOperandSummaryType>>("a").Description("The first operand.").Resolve(c => c.Source.A);
        Field<NonNullGraphType<SetOperandSummaryType>>("b").Description("The second operand.").Resolve(c => c.Source.B);
        OverlapFigures.Add(this);
    }
}

/// <summary>The figure fields a cell has, whether its sides are operands or bodies.</summary>
internal static class OverlapFigures
{
    public static void Add(ObjectGraphType<SetCell> cell)
    {
        cell.Field<NonNullGraphType<IntGraphType>>("sizeA").Description("Nodes in a.").Resolve(c => c.Source.SizeA);
        cell.Field<NonNullGraphType<IntGraphType>>("sizeB").Description("Nodes in b.").Resolve(c => c.Source.SizeB);
        cell.Field<NonNullGraphType<IntGraphType>>("intersection").Description("Nodes in both.").Resolve(c => c.Source.Intersection);
        cell.Field<NonNullGraphType<IntGraphType>>("union").Description("Nodes in either.").Resolve(c => c.Source.Union);
        cell.Field<NonNullGraphType<FloatGraphType>>("jaccard").Description("intersection / union; 0 when both are empty.").Resolve(c => c.Source.Jaccard);
    }
}

/// <summary>GraphQL shape of <see cref="SetMatrix"/>.</summary>
public sealed class SetMatrixType : ObjectGraphType<SetMatrix>
{
    public SetMatrixType()
    {
        Name = "SetMatrix";
        Description = "Overlap of every pair among many operands.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetOperandSummaryType>>>>("operands").WithComplexityImpact(1, 5).Description("The operands, in the order asked.").Resolve(c => c.Source.Operands);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetCellType>>>>("cells").Description("One cell per unordered pair, in the operands' order.").Resolve(c => c.Source.Cells);
    }
}

/// <summary>GraphQL shape of <see cref="SetComparison"/>.</summary>
public sealed class SetComparisonType : ObjectGraphType<SetComparison>
{
    public SetComparisonType()
    {
        Name = "SetComparison";
        Description = "Two operands compared: the figures, and who is in both, only in a, and only in b.";
        Field<NonNullGraphType<SetCellType>>("figures").Description("Sizes, intersection, union and Jaccard index.").Resolve(c => c.Source.Figures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetMemberType>>>>("both").Description("In both.").Resolve(c => c.Source.Both);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetMemberType>>>>("onlyA").Description("In a but not b.").Resolve(c => c.Source.OnlyA);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SetMemberType>>>>("onlyB").Description("In b but not a.").Resolve(c => c.Source.OnlyB);
    }
}

/// <summary>GraphQL enum for <see cref="SetPart"/>.</summary>
public sealed class SetPartEnum : EnumerationGraphType<SetPart>
{
    public SetPartEnum()
    {
        Name = "SetPart";
        Description = "Which part of a set question an operand belongs to.";
    }
}
