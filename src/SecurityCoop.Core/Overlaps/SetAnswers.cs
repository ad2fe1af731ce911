using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Overlaps;

/// <summary>
/// A question in set algebra: the nodes in every operand of <see cref="All"/>, in at least one of <see cref="Any"/>
/// (when given) and in none of <see cref="None"/>. Intersection is <c>All</c>, union is <c>Any</c>, difference is
/// either with <c>None</c>.
/// </summary>
/// <param name="Names">What the caller calls the three parts, so errors name operands as the caller wrote them.</param>
public sealed record SetQuestion(
    IReadOnlyList<SetOperand>? All = null,
    IReadOnlyList<SetOperand>? Any = null,
    IReadOnlyList<SetOperand>? None = null,
    SetPartNames? Names = null);

/// <summary>The names of a question's parts in the caller's words: <c>bodies</c> and <c>excluding</c> for an overlap.</summary>
public sealed record SetPartNames(string All = "all", string Any = "any", string None = "none");

/// <summary>Which part of a question an operand belongs to.</summary>
public enum SetPart
{
    All,
    Any,
    None,
}

/// <summary>An operand as answered: where it stood in the question, what it is about and how many nodes it holds.</summary>
/// <param name="Name">Its place in the question, as errors name it: <c>all[0]</c>, <c>none[1]</c>, <c>operands[2]</c>.</param>
/// <param name="Subject">The body or node it is about; null for listed ids.</param>
public sealed record OperandSummary(string Name, SetPart Part, SetOperand Operand, Node? Subject, int Size)
{
    public string Label => Operand.Label ?? Operand.Describe();
}

/// <summary>Why a node is in one operand: its affiliations to the body, its relations to the node, or that it was listed.</summary>
public sealed record SetEvidence(OperandSummary Operand, IReadOnlyList<Affiliation> Affiliations, IReadOnlyList<Neighbour> Relations)
{
    public bool Listed => Operand.Operand is IdsOperand;
}

/// <summary>A node in an answer, with the evidence of every operand it satisfies, in the question's order.</summary>
public sealed record SetMember(Node Node, IReadOnlyList<SetEvidence> Evidence)
{
    /// <summary>True when, for some body, it belongs only through member organisations.</summary>
    public bool ThroughMembersOnly => Evidence.Any(e => e.Affiliations.Count > 0 && e.Affiliations.All(a => !a.IsDirect));
}

/// <summary>The answer: the operands as answered and the members, in id order.</summary>
public sealed record SetAnswer(IReadOnlyList<OperandSummary> Operands, IReadOnlyList<SetMember> Members);

/// <summary>Overlap of two operands' sets.</summary>
public sealed record SetCell(OperandSummary A, OperandSummary B, int Intersection)
{
    public int SizeA => A.Size;

    public int SizeB => B.Size;

    public int Union => SizeA + SizeB - Intersection;

    /// <summary>|A ∩ B| / |A ∪ B|; 0 when both are empty.</summary>
    public double Jaccard => Union == 0 ? 0 : (double)Intersection / Union;
}

/// <summary>The overlap of every pair of operands, in the order asked.</summary>
public sealed record SetMatrix(IReadOnlyList<OperandSummary> Operands, IReadOnlyList<SetCell> Cells);

/// <summary>Two operands compared: the figures, and who is in both, only in a and only in b.</summary>
public sealed record SetComparison(SetCell Figures, IReadOnlyList<SetMember> Both, IReadOnlyList<SetMember> OnlyA, IReadOnlyList<SetMember> OnlyB);
