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
    private readonly SourceTable nodeSources;
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
        : this(FromData(data))
    {
    }

    private GraphIndex(Parts parts)
    {
        (nodes, nodeSources, relations, from, to, types, flags) = (parts.Nodes, parts.NodeSources, parts.Relations, parts.From, parts.To, parts.Types, parts.Flags);
        numbers = parts.Numbers ?? Numbers(nodes);
        if (from.Length != relations.Count || to.Length != relations.Count || types.Length != relations.Count || flags.Length != relations.Count
            || from.Concat(to).Any(n => (uint)n >= (uint)nodes.Length))
            throw new InvalidDataException("The graph's relation columns do not match its nodes and relations.");
        (outStart, outRelations) = Rows(from);
        (inStart, inRelations) = Rows(to);
        Conflicts = parts.Conflicts;
        Documents = parts.Documents;
        Names = parts.Names ?? new NameIndex(nodes);
        Depths = new MarksPool<int>(nodes.Length);
        Steps = new MarksPool<WalkStep>(nodes.Length);
    }

    private static Parts FromData(GraphData data)
    {
        Node[] nodes = [.. data.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];
        var nodeSources = new SourceTable([.. nodes.Select(n => n.Sources)], data.Texts);
        for (var i = 0; i < nodes.Length; i++)
            nodes[i] = nodes[i] with { Sources = nodeSources.SourcesOf(i) };
        var numbers = Numbers(nodes);
        Relation[] dated = [.. data.DatedRelations()];
        Array.Sort(dated, (a, b) => string.CompareOrdinal(a.Id, b.Id));
        var from = new int[dated.Length];
        var to = new int[dated.Length];
        var types = new byte[dated.Length];
        var flags = new byte[dated.Length];
        for (var r = 0; r < dated.Length; r++)
        {
            var relation = dated[r];
            if (r > 0 && relation.Id == dated[r - 1].Id)
                throw new ArgumentException($"Relation id '{relation.Id}' appears twice.", nameof(data));
            from[r] = NumberOfEnd(numbers, relation, relation.From);
            to[r] = NumberOfEnd(numbers, relation, relation.To);
            types[r] = checked((byte)relation.Type);
            flags[r] = (byte)((relation.IsWeak ? Weak : 0) | (relation.IsEstablished ? 0 : Unestablished));
        }
        return new Parts(nodes, numbers, nodeSources, new RelationTable(dated, data.Texts), from, to, types, flags, data.Conflicts, data.Catalogue, null);
    }

    private static Dictionary<string, int> Numbers(Node[] nodes)
    {
        var numbers = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            if (!numbers.TryAdd(nodes[i].Id, i))
                throw new ArgumentException($"Node id '{nodes[i].Id}' appears twice.", nameof(nodes));
        }
        return numbers;
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

    private static int NumberOfEnd(Dictionary<string, int> numbers, Relation relation, string end) =>
        numbers.TryGetValue(end, out var node) ? node : throw new ArgumentException($"Relation '{relation.Id}' names '{end}', which is not a node.");

    /// <summary>Writes the graph as it is built: nodes, relation columns, conflicts and the catalogue; the rows and the name index are rebuilt on reading.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.WritePropsTable([.. nodes.Select(n => n.Props)]);
        foreach (var node in nodes)
        {
            writer.Write(node.Id);
            writer.Write((int)node.Type);
            writer.Write(node.Name);
            writer.WriteNullable(node.Acronym);
            writer.WriteStrings([.. node.Aliases]);
            writer.WriteFactSources(node.FactSources);
        }
        nodeSources.Write(writer);
        Names.Write(writer);
        relations.Write(writer);
        writer.WriteArray(from);
        writer.WriteArray(to);
        writer.WriteArray(types);
        writer.WriteArray(flags);
        writer.Write(Conflicts.Count);
        foreach (var conflict in Conflicts)
            WriteConflict(writer, conflict);
        writer.Write(Documents.Count);
        foreach (var document in Documents)
            WriteDocument(writer, document);
    }

    /// <param name="directory">The dataset folder the quote files are in, when any quote is read from one.</param>
    public static GraphIndex Read(BinaryReader reader, string? directory)
    {
        var strings = new DatasetStrings();
        var props = reader.ReadPropsTable(strings);
        var nodes = new Node[props.Length];
        var fields = new (string Id, NodeType Type, string Name, string? Acronym, string[] Aliases, IReadOnlyDictionary<string, IReadOnlyList<Source>> Facts)[nodes.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            fields[i] = (reader.ReadString(), (NodeType)reader.ReadInt32(), reader.ReadString(), reader.ReadNullable(), reader.ReadStrings(),
                reader.ReadFactSources(strings));
        }
        var nodeSources = SourceTable.Read(reader, directory);
        for (var i = 0; i < nodes.Length; i++)
        {
            var (id, type, name, acronym, aliases, facts) = fields[i];
            nodes[i] = new Node(id, type, name, acronym, aliases, props[i], nodeSources.SourcesOf(i)) { FactSources = facts };
        }
        var names = NameIndex.Read(reader, nodes);
        var relations = RelationTable.Read(reader, directory, strings);
        var (from, to, types, flags) = (reader.ReadArray<int>(), reader.ReadArray<int>(), reader.ReadArray<byte>(), reader.ReadArray<byte>());
        var conflicts = new Conflict[reader.ReadInt32()];
        for (var i = 0; i < conflicts.Length; i++)
            conflicts[i] = ReadConflict(reader, strings);
        var documents = new SourceDocument[reader.ReadInt32()];
        for (var i = 0; i < documents.Length; i++)
            documents[i] = ReadDocument(reader);
        return new GraphIndex(new Parts(nodes, null, nodeSources, relations, from, to, types, flags, conflicts, documents, names));
    }

    private static void WriteConflict(BinaryWriter writer, Conflict conflict)
    {
        writer.Write(conflict.Id);
        writer.Write(conflict.Subject);
        writer.Write(conflict.About);
        writer.Write(conflict.Claims.Count);
        foreach (var claim in conflict.Claims)
        {
            writer.Write(claim.Value);
            writer.WriteSources(claim.Sources);
            writer.WriteStrings(claim.Relations);
            writer.Write(claim.Nodes is not null);
            if (claim.Nodes is not null)
                writer.WriteStrings(claim.Nodes);
        }
        writer.WriteNullable(conflict.Kept);
        writer.WriteNullable(conflict.Note);
    }

    private static Conflict ReadConflict(BinaryReader reader, DatasetStrings strings)
    {
        var (id, subject, about) = (reader.ReadString(), reader.ReadString(), reader.ReadString());
        var claims = new ConflictClaim[reader.ReadInt32()];
        for (var i = 0; i < claims.Length; i++)
            claims[i] = new ConflictClaim(reader.ReadString(), reader.ReadSources(strings), reader.ReadStrings(), reader.ReadBoolean() ? reader.ReadStrings() : null);
        return new Conflict(id, subject, about, claims, reader.ReadNullable(), reader.ReadNullable());
    }

    private static void WriteDocument(BinaryWriter writer, SourceDocument document)
    {
        writer.Write(document.Id);
        writer.Write(document.Title);
        writer.WriteStrings(document.Authors);
        writer.Write(document.Year ?? int.MinValue);
        writer.Write(document.Kind);
        writer.Write(document.Language);
        writer.Write(document.Citation);
        writer.Write(document.LineCounting);
        writer.Write(document.LineCount ?? int.MinValue);
        writer.WriteNullable(document.Publisher);
        writer.WriteNullable(document.Note);
        writer.Write(document.References is not null);
        if (document.References is { } references)
        {
            writer.Write(references.First);
            writer.Write(references.Last);
        }
    }

    private static SourceDocument ReadDocument(BinaryReader reader)
    {
        static int? Optional(int value) => value == int.MinValue ? null : value;
        return new SourceDocument(reader.ReadString(), reader.ReadString(), reader.ReadStrings(), Optional(reader.ReadInt32()), reader.ReadString(),
            reader.ReadString(), reader.ReadString(), reader.ReadString(), Optional(reader.ReadInt32()), reader.ReadNullable(), reader.ReadNullable(),
            reader.ReadBoolean() ? new LineSpan(reader.ReadInt32(), reader.ReadInt32()) : null);
    }

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

/// <summary>What a graph is built from: read from a dataset, or from a snapshot.</summary>
/// <param name="Numbers">Node numbers by id, when already built.</param>
/// <param name="Names">The name index, when already built.</param>
internal sealed record Parts(Node[] Nodes, Dictionary<string, int>? Numbers, SourceTable NodeSources, RelationTable Relations, int[] From, int[] To,
    byte[] Types, byte[] Flags, IReadOnlyList<Conflict> Conflicts, IReadOnlyList<SourceDocument> Documents, NameIndex? Names);

/// <summary>How a walk reached a node: from which node, by which relation, at which depth.</summary>
internal readonly record struct WalkStep(int Previous, int Relation, int Depth);
