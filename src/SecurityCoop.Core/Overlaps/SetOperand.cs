using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Overlaps;

/// <summary>One set a question combines: the affiliates of a body, the neighbours of a node, or listed ids.</summary>
/// <param name="Label">What the caller calls it; answers name the operand by it.</param>
public abstract record SetOperand(string? Label)
{
    /// <summary>What the operand says about itself when the caller gave no label.</summary>
    public abstract string Describe();
}

/// <summary>The members, observers, partners or participants of a body, under their own filters.</summary>
/// <param name="ThroughMembers">Count the members of member organisations as taking part through them.</param>
public sealed record AffiliatesOperand(string Body, AffiliationFilter Filter, bool ThroughMembers = false, string? Label = null)
    : SetOperand(Label)
{
    public override string Describe() => $"affiliates of {Body}";
}

/// <summary>The nodes one relation away from a node, over given relation types and direction.</summary>
/// <param name="RelationTypes">Only these types; all when null.</param>
/// <param name="NodeTypes">Only neighbours of these types; all when null.</param>
public sealed record NeighboursOperand(
    string Node,
    IReadOnlySet<RelationType>? RelationTypes = null,
    RelationDirection Direction = RelationDirection.Both,
    IReadOnlySet<NodeType>? NodeTypes = null,
    FactFilter? Facts = null,
    string? Label = null)
    : SetOperand(Label)
{
    public override string Describe() => $"neighbours of {Node}";
}

/// <summary>A literal list of node ids.</summary>
public sealed record IdsOperand(IReadOnlyList<string> Ids, string? Label = null) : SetOperand(Label)
{
    public override string Describe() => $"{Ids.Count} listed ids";
}
