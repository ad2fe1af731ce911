using System.Collections;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The in-memory graph. Nodes are numbered in id order (ordinal) and relations in relation id order, so comparing
/// numbers compares ids. Adjacency is compressed rows: per node, the numbers of its outgoing and of its incoming
/// relations in two contiguous arrays, each in relation id order, with the ends of every relation by number.
/// Walks read only these arrays and the relations' columns (<see cref="RelationTable"/>); a <see cref="Relation"/> is made
/// when an answer needs it.
/// </summary>
internal sealed class GraphIndex
{
    private const byte Weak = 1;
    private const byte Unestablished = 2;

    private readonly Node[] nodes;
    private readonly Dictionary<string, int> numbers;
    private readonly RelationTable relations;
    private readonly int[] from;
    private readonly int[] to;
    private readonly byte[] types;
    private readonly byte[] flags;
    private readonly int[] outStart;
    private readonly int[] outRelations;
    private readonly int[] inStart;
    private readonly int[] inRelations;

    public GraphIndex(GraphData data)
    {
        nodes = [.. data.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];
        var nodeSources = new SourceTable([.. nodes.Select(n => n.Sources)], data.Texts);
        for (var i = 0; i < nodes.Length; i++)
            nodes[i] = nodes[i] with { Sources = nodeSources.SourcesOf(i) };
        numbers = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!numbers.TryAdd(nodes[i].Id, i))
                throw new ArgumentException($"Node id '{nodes[i].Id}' appears twice.", nameof(data));
        }
        Relation[] dated = [.. data.DatedRelations()];
        Array.Sort(dated, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        from = new int[dated.Length];
        to = new int[dated.Length];
        types = new byte[dated.Length];
        flags = new byte[dated.Length];
        for (var r = 0; r < dated.Length; r++)
        {
            var relation = dated[r];
            if (r > 0 && relation.Id == dated[r - 1].Id)
                throw new ArgumentException($"Relation id '{relation.Id}' appears twice.", nameof(data));
            from[r] = NumberOfEnd(relation, relation.From);
            to[r] = NumberOfEnd(relation, relation.To);
            types[r] = checked((byte)relation.Type);
            flags[r] = (byte)((relation.IsWeak ? Weak : 0) | (relation.IsEstablished ? 0 : Unestablished));
        }
        relations = new RelationTable(dated, data.Texts);
        (outStart, outRelations) = Rows(from);
        (inStart, inRelations) = Rows(to);
        Conflicts = data.Conflicts;
        Documents = data.Catalogue;
        Names = new NameIndex(nodes);
        Depths = new MarksPool<int>(nodes.Length);
        Steps = new MarksPool<WalkStep>(nodes.Length);
    }

    public IReadOnlyList<Conflict> Conflicts { get; }

    /// <summary>The catalogue of the documents the sources cite.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    public NameIndex Names { get; }

    /// <summary>Per-node depths for the searches that need them, reused between searches.</summary>
    public MarksPool<int> Depths { get; }

    /// <summary>Per-node steps (how a walk reached a node), reused between searches.</summary>
    public MarksPool<WalkStep> Steps { get; }

    public int NodeCount => nodes.Length;

    /// <summary>Every node in id order (ordinal): the order pages are cut from.</summary>
    public IReadOnlyList<Node> Nodes => nodes;

    public int RelationCount => relations.Count;

    public Node NodeAt(int node) => nodes[node];

    /// <summary>The relation with number <paramref name="relation"/>, made from the columns: each call makes a new one.</summary>
    public Relation RelationAt(int relation) =>
        relations.Make(relation, TypeOf(relation), nodes[from[relation]].Id, nodes[to[relation]].Id);

    public int FromOf(int relation) => from[relation];

    public int ToOf(int relation) => to[relation];

    public RelationType TypeOf(int relation) => (RelationType)types[relation];

    /// <summary>When the relation holds, under the lifetime rules.</summary>
    public ref readonly RelationDating DatingOf(int relation) => ref relations.DatingOf(relation);

    public bool IsWeak(int relation) => (flags[relation] & Weak) != 0;

    public bool IsEstablished(int relation) => (flags[relation] & Unestablished) == 0;

    /// <summary>The other end of a relation from <paramref name="node"/>.</summary>
    public int OtherEnd(int relation, int node) => from[relation] == node ? to[relation] : from[relation];

    public ReadOnlySpan<int> OutgoingOf(int node) => outRelations.AsSpan(outStart[node], outStart[node + 1] - outStart[node]);

    public ReadOnlySpan<int> IncomingOf(int node) => inRelations.AsSpan(inStart[node], inStart[node + 1] - inStart[node]);

    /// <summary>How many relations touch a node, in both directions: what a walk from it would read.</summary>
    public int DegreeOf(int node) => outStart[node + 1] - outStart[node] + inStart[node + 1] - inStart[node];

    public bool TryNumber(string id, out int node) => numbers.TryGetValue(id, out node);

    public int NumberOf(string id) => numbers.TryGetValue(id, out var node) ? node : throw StoreException.UnknownNode(id);

    public Node? Find(string id) => numbers.TryGetValue(id, out var node) ? nodes[node] : null;

    /// <summary>A relation by id: a binary search of the relations, which are in id order.</summary>
    public Relation? FindRelation(string id) => relations.Find(id) is var relation and >= 0 ? RelationAt(relation) : null;

    public Node Get(string id) => nodes[NumberOf(id)];

    public IReadOnlyList<Relation> Outgoing(string id) =>
        numbers.TryGetValue(id, out var node) ? new RelationRow(this, outRelations, outStart[node], outStart[node + 1]) : [];

    public IReadOnlyList<Relation> Incoming(string id) =>
        numbers.TryGetValue(id, out var node) ? new RelationRow(this, inRelations, inStart[node], inStart[node + 1]) : [];

    /// <summary>Relations at a node in both directions, outgoing first.</summary>
    public IEnumerable<Relation> Touching(string id) => Outgoing(id).Concat(Incoming(id));

    private int NumberOfEnd(Relation relation, string end) =>
        numbers.TryGetValue(end, out var node) ? node : throw new ArgumentException($"Relation '{relation.Id}' names '{end}', which is not a node.");

    /// <summary>Compressed rows of relation numbers grouped by one end; each row keeps relation number order.</summary>
    private (int[] Start, int[] Relations) Rows(int[] ends)
    {
        var start = new int[nodes.Length + 1];
        foreach (var end in ends)
            start[end + 1]++;
        for (var n = 0; n < nodes.Length; n++)
            start[n + 1] += start[n];
        var next = start[..^1];
        var row = new int[ends.Length];
        for (var r = 0; r < ends.Length; r++)
            row[next[ends[r]]++] = r;
        return (start, row);
    }

    /// <summary>One node's row of relations, read as relations.</summary>
    private sealed class RelationRow(GraphIndex graph, int[] row, int start, int end) : IReadOnlyList<Relation>
    {
        public int Count => end - start;

        public Relation this[int index] => graph.RelationAt(row[start + index]);

        public IEnumerator<Relation> GetEnumerator()
        {
            for (var i = start; i < end; i++)
                yield return graph.RelationAt(row[i]);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>How a walk reached a node: from which node, by which relation, at which depth.</summary>
internal readonly record struct WalkStep(int Previous, int Relation, int Depth);
