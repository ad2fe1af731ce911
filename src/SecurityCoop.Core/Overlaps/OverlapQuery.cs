using SecurityCoop.Affiliations;
using SecurityCoop.Dates;
using SecurityCoop.Nodes;

namespace SecurityCoop.Overlaps;

/// <summary>Who belongs to every one of <see cref="Bodies"/> and to none of <see cref="Excluding"/>.</summary>
public sealed record OverlapQuery(
    IReadOnlyList<string> Bodies,
    IReadOnlyList<string>? Excluding = null,
    IReadOnlySet<AffiliationRole>? Roles = null,
    PartialDate? AsOf = null,
    bool ThroughMembers = false,
    IReadOnlySet<NodeType>? MemberTypes = null,
    bool IncludeUnestablished = false);

/// <summary>One node in an overlap, with its ties to each body asked about.</summary>
public sealed record OverlapMember(Node Member, IReadOnlyList<Affiliation> Affiliations);

/// <summary>Pairwise overlap of two bodies' member sets.</summary>
public sealed record OverlapCell(Node A, Node B, int SizeA, int SizeB, int Intersection, int Union)
{
    /// <summary>|A ∩ B| / |A ∪ B|; 0 when both are empty.</summary>
    public double Jaccard => Union == 0 ? 0 : (double)Intersection / Union;
}

/// <summary>The overlap of every pair among many bodies, in the order the bodies were asked for.</summary>
public sealed record OverlapMatrix(IReadOnlyList<Node> Bodies, IReadOnlyList<OverlapCell> Cells);
