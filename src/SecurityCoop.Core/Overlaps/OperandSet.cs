using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Overlaps;

/// <summary>One operand evaluated on the material: its members, each with the evidence that puts it there.</summary>
internal sealed class OperandSet
{
    private readonly Dictionary<string, Entry> members;

    private OperandSet(NamedOperand operand, Node? subject, Dictionary<string, Entry> members)
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
        var members = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var tie in operand.Filter.Apply(raw, AffiliationSide.MembersOfBodies))
            Add(members, tie.Member).Affiliations.Add(tie);
        return new OperandSet(named, body, members);
    }

    private static OperandSet Neighbours(NamedOperand named, NeighboursOperand operand, GraphMaterial material, IReadOnlyList<Neighbour> raw)
    {
        var node = material.Require(operand.Node, $"{named.Name} (neighbours of a node)");
        var facts = operand.Facts ?? new FactFilter();
        var members = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var neighbour in raw)
        {
            if (facts.Allows(neighbour.Relation) && (operand.NodeTypes is null || operand.NodeTypes.Contains(neighbour.Node.Type)))
                Add(members, neighbour.Node).Relations.Add(neighbour);
        }
        return new OperandSet(named, node, members);
    }

    private static OperandSet Listed(NamedOperand named, IdsOperand operand, GraphMaterial material)
    {
        var members = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var id in operand.Ids)
            Add(members, material.Require(id, $"{named.Name} (listed ids)"));
        return new OperandSet(named, null, members);
    }

    private static Entry Add(Dictionary<string, Entry> members, Node node)
    {
        if (!members.TryGetValue(node.Id, out var entry))
            members[node.Id] = entry = new Entry(node);
        return entry;
    }

    /// <summary>A member and what puts it in the set.</summary>
    private sealed class Entry(Node node)
    {
        public Node Node { get; } = node;

        public List<Affiliation> Affiliations { get; } = [];

        public List<Neighbour> Relations { get; } = [];
    }
}
