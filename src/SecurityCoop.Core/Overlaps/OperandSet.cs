using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Overlaps;

/// <summary>One operand evaluated on the material: its members, each with the evidence that puts it there.</summary>
internal sealed class OperandSet
{
    private readonly Dictionary<string, (Node Node, IReadOnlyList<Affiliation> Affiliations, IReadOnlyList<Neighbour> Relations)> members;

    private OperandSet(NamedOperand operand, Node? subject,
        Dictionary<string, (Node, IReadOnlyList<Affiliation>, IReadOnlyList<Neighbour>)> members)
    {
        this.members = members;
        Summary = new OperandSummary(operand.Name, operand.Part, operand.Operand, subject, members.Count);
    }

    public OperandSummary Summary { get; }

    public int Count => members.Count;

    public IEnumerable<string> Ids => members.Keys;

    public bool Contains(string id) => members.ContainsKey(id);

    public SetCell Cell(OperandSet other) => new(Summary, other.Summary, Ids.Count(other.Contains));

    /// <summary>The node <paramref name="id"/> with the evidence of each of <paramref name="sets"/> that holds it.</summary>
    public static SetMember Member(string id, IReadOnlyList<OperandSet> sets)
    {
        var holding = sets.Where(s => s.Contains(id)).ToList();
        return new SetMember(holding[0].members[id].Node, [.. holding.Select(s => s.Evidence(id))]);
    }

    public static OperandSet Evaluate(NamedOperand named, GraphMaterial material, int request) => named.Operand switch
    {
        AffiliatesOperand a => Affiliates(named, a, material, material.Affiliations[request]),
        NeighboursOperand n => Neighbours(named, n, material, material.Relations[request]),
        IdsOperand listed => Listed(named, listed, material),
        _ => throw new ArgumentOutOfRangeException(nameof(named), named.Operand.GetType().Name, "Unknown operand kind."),
    };

    private SetEvidence Evidence(string id) => new(Summary, members[id].Affiliations, members[id].Relations);

    private static OperandSet Affiliates(NamedOperand named, AffiliatesOperand operand, GraphMaterial material, IReadOnlyList<Affiliation> raw)
    {
        var body = material.Require(operand.Body, $"{named.Name} (affiliates of a body)");
        var ties = operand.Filter.Apply(raw, AffiliationSide.MembersOfBodies);
        return new OperandSet(named, body, ties.GroupBy(t => t.Member.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().Member, (IReadOnlyList<Affiliation>)[.. g], (IReadOnlyList<Neighbour>)[]), StringComparer.Ordinal));
    }

    private static OperandSet Neighbours(NamedOperand named, NeighboursOperand operand, GraphMaterial material, IReadOnlyList<Neighbour> raw)
    {
        var node = material.Require(operand.Node, $"{named.Name} (neighbours of a node)");
        var facts = operand.Facts ?? new FactFilter();
        var kept = raw
            .Where(n => facts.Allows(n.Relation) && (operand.NodeTypes is null || operand.NodeTypes.Contains(n.Node.Type)))
            .DistinctBy(n => (n.Relation.Id, n.Direction))
            .OrderBy(n => n.Relation.Id, StringComparer.Ordinal);
        return new OperandSet(named, node, kept.GroupBy(n => n.Node.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (g.First().Node, (IReadOnlyList<Affiliation>)[], (IReadOnlyList<Neighbour>)[.. g]), StringComparer.Ordinal));
    }

    private static OperandSet Listed(NamedOperand named, IdsOperand operand, GraphMaterial material) =>
        new(named, null, operand.Ids.Distinct(StringComparer.Ordinal).ToDictionary(id => id,
            id => (material.Require(id, $"{named.Name} (listed ids)"), (IReadOnlyList<Affiliation>)[], (IReadOnlyList<Neighbour>)[]), StringComparer.Ordinal));
}
