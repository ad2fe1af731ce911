using System.Text;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The relations as columns, in relation id order: ids as UTF-8 in one block, the props each relation shares with others
/// (the reader interns them), their sources (<see cref="SourceTable"/>), when each holds, and the rare extras (per-fact sources, ends implied by role
/// changes) only where a relation has them. A <see cref="Relation"/> is made when an answer reads one; walks read the
/// columns. The ends are the graph's (<see cref="GraphIndex"/>).
/// </summary>
internal sealed class RelationTable
{
    private readonly byte[] idBytes;
    private readonly int[] idStart;
    private readonly IReadOnlyDictionary<string, string>[] props;
    private readonly SourceTable sources;
    private readonly int[] datingOf; // an index into datings, negated (~) when the relation was given it rather than stating it
    private readonly RelationDating[] datings; // each distinct dating once: relations share a handful of years
    private readonly Dictionary<int, Extras> extras = [];

    /// <param name="relations">The relations in id order (ordinal), ids unique.</param>
    /// <param name="texts">The kept document texts the quotes may be read back from.</param>
    public RelationTable(IReadOnlyList<Relation> relations, IReadOnlyDictionary<string, DocumentText>? texts)
    {
        Count = relations.Count;
        idStart = new int[Count + 1];
        props = new IReadOnlyDictionary<string, string>[Count];
        sources = new SourceTable([.. relations.Select(r => r.Sources)], texts);
        datingOf = new int[Count];
        var distinct = new Dictionary<RelationDating, int>();
        long bytes = 0;
        foreach (var relation in relations)
            bytes += Encoding.UTF8.GetByteCount(relation.Id);
        idBytes = new byte[checked((int)bytes)];
        var at = 0;
        for (var r = 0; r < Count; r++)
        {
            var relation = relations[r];
            idStart[r] = at;
            at += Encoding.UTF8.GetBytes(relation.Id, idBytes.AsSpan(at));
            props[r] = relation.Props;
            if (!distinct.TryGetValue(relation.Dating, out var dating))
                distinct.Add(relation.Dating, dating = distinct.Count);
            datingOf[r] = relation.HasOwnDating ? ~dating : dating;
            if (relation.FactSources.Count > 0 || relation.ImpliedUntil is not null || relation.EndedBy is not null)
                extras[r] = new Extras(relation.FactSources, relation.ImpliedUntil, relation.EndedBy);
        }
        idStart[Count] = at;
        datings = new RelationDating[distinct.Count];
        foreach (var (dating, index) in distinct)
            datings[index] = dating;
    }

    private RelationTable(BinaryReader reader, string? directory, DatasetStrings strings)
    {
        idBytes = reader.ReadArray<byte>();
        idStart = reader.ReadArray<int>();
        Count = idStart.Length - 1;
        props = reader.ReadPropsTable(strings);
        sources = SourceTable.Read(reader, directory);
        datingOf = reader.ReadArray<int>();
        datings = new RelationDating[reader.ReadInt32()];
        for (var i = 0; i < datings.Length; i++)
        {
            datings[i] = new RelationDating(reader.ReadDate(), (DateBasis)reader.ReadInt32(), reader.ReadDate(), (DateBasis)reader.ReadInt32(), reader.ReadDate());
        }
        var extraCount = reader.ReadInt32();
        for (var i = 0; i < extraCount; i++)
            extras[reader.ReadInt32()] = new Extras(reader.ReadFactSources(strings), reader.ReadDate(), reader.ReadNullable());
        if (Count < 0 || props.Length != Count || datingOf.Length != Count)
            throw new InvalidDataException("The snapshot's relation columns differ in length.");
    }

    public int Count { get; }

    /// <summary>Writes the columns, each distinct props set once.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.WriteArray(idBytes);
        writer.WriteArray(idStart);
        writer.WritePropsTable(props);
        sources.Write(writer);
        writer.WriteArray(datingOf);
        writer.Write(datings.Length);
        foreach (var dating in datings)
        {
            writer.WriteDate(dating.Start);
            writer.Write((int)dating.StartBasis);
            writer.WriteDate(dating.Until);
            writer.Write((int)dating.UntilBasis);
            writer.WriteDate(dating.Last);
        }
        writer.Write(extras.Count);
        foreach (var (relation, more) in extras)
        {
            writer.Write(relation);
            writer.WriteFactSources(more.FactSources);
            writer.WriteDate(more.ImpliedUntil);
            writer.WriteNullable(more.EndedBy);
        }
    }

    /// <param name="directory">The dataset folder the quote files are in.</param>
    public static RelationTable Read(BinaryReader reader, string? directory, DatasetStrings strings) => new(reader, directory, strings);

    /// <summary>When the relation holds, under the lifetime rules: what as-of filters test.</summary>
    public ref readonly RelationDating DatingOf(int relation)
    {
        var at = datingOf[relation];
        return ref datings[at < 0 ? ~at : at];
    }

    public string IdOf(int relation) => Encoding.UTF8.GetString(IdBytesOf(relation));

    /// <summary>The relation with number <paramref name="relation"/>, whose ends have ids <paramref name="from"/> and <paramref name="to"/>.</summary>
    public Relation Make(int relation, RelationType type, string from, string to)
    {
        var (id, own, sourceList) = (IdOf(relation), props[relation], sources.SourcesOf(relation));
        extras.TryGetValue(relation, out var more);
        var (facts, impliedUntil, endedBy) = more is null ? (Facts.None, null, null) : (more.FactSources, more.ImpliedUntil, more.EndedBy);
        return datingOf[relation] < 0
            ? new Relation(id, type, from, to, own, sourceList) { FactSources = facts, ImpliedUntil = impliedUntil, EndedBy = endedBy, Dating = DatingOf(relation) }
            : new Relation(id, type, from, to, own, sourceList) { FactSources = facts, ImpliedUntil = impliedUntil, EndedBy = endedBy };
    }

    /// <summary>The number of the relation with this id, or -1: a binary search of the ids, which are in ordinal order.</summary>
    public int Find(string id)
    {
        var (low, high) = (0, Count - 1);
        Span<char> buffer = stackalloc char[256];
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var order = CompareId(middle, id, buffer);
            if (order == 0)
                return middle;
            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        return -1;
    }

    private ReadOnlySpan<byte> IdBytesOf(int relation) => idBytes.AsSpan(idStart[relation], idStart[relation + 1] - idStart[relation]);

    /// <summary>Compares a stored id with <paramref name="id"/> as <see cref="string.CompareOrdinal(string, string)"/> would.</summary>
    private int CompareId(int relation, string id, Span<char> buffer)
    {
        var utf8 = IdBytesOf(relation);
        if (Encoding.UTF8.GetMaxCharCount(utf8.Length) > buffer.Length)
            return string.CompareOrdinal(IdOf(relation), id);
        var length = Encoding.UTF8.GetChars(utf8, buffer);
        return ((ReadOnlySpan<char>)buffer[..length]).SequenceCompareTo(id);
    }

    private sealed record Extras(IReadOnlyDictionary<string, IReadOnlyList<Source>> FactSources, DateValue? ImpliedUntil, string? EndedBy);
}
