using System.Runtime.InteropServices;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Embedded;

/// <summary>How the parts of a graph snapshot (<see cref="GraphSnapshot"/>) write and read their columns and values.</summary>
internal static class SnapshotIO
{
    public static void WriteArray<T>(this BinaryWriter writer, T[] values) where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static T[] ReadArray<T>(this BinaryReader reader) where T : unmanaged
    {
        var values = new T[Count(reader)];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static void WriteNullable(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
            writer.Write(value);
    }

    public static string? ReadNullable(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
            writer.Write(value);
    }

    public static string[] ReadStrings(this BinaryReader reader)
    {
        var values = new string[Count(reader)];
        for (var i = 0; i < values.Length; i++)
            values[i] = reader.ReadString();
        return values;
    }

    /// <summary>Props in their order, and whether they were a shared sorted set, so they read back as they were.</summary>
    public static void WriteProps(this BinaryWriter writer, IReadOnlyDictionary<string, string> props)
    {
        writer.Write(props is PropSet);
        writer.Write(props.Count);
        foreach (var (key, value) in props)
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static IReadOnlyDictionary<string, string> ReadProps(this BinaryReader reader, DatasetStrings strings)
    {
        var shared = reader.ReadBoolean();
        var count = Count(reader);
        var (keys, values) = (new string[count], new string[count]);
        for (var i = 0; i < count; i++)
            (keys[i], values[i]) = (strings.Shared(reader.ReadString()), strings.Shared(reader.ReadString()));
        return shared ? strings.Props(PropSet.OfSorted(keys, values))
            : new Dictionary<string, string>(keys.Zip(values, (k, v) => new KeyValuePair<string, string>(k, v)), StringComparer.Ordinal);
    }

    /// <summary>Each distinct props set once (by reference: the reader shares equal ones), then every record's set by number.</summary>
    public static void WritePropsTable(this BinaryWriter writer, IReadOnlyList<IReadOnlyDictionary<string, string>> records)
    {
        var sets = new Dictionary<IReadOnlyDictionary<string, string>, int>(ReferenceEqualityComparer.Instance);
        var setOf = new int[records.Count];
        for (var r = 0; r < records.Count; r++)
        {
            if (!sets.TryGetValue(records[r], out var set))
                sets.Add(records[r], set = sets.Count);
            setOf[r] = set;
        }
        writer.Write(sets.Count);
        foreach (var set in sets.Keys)
            writer.WriteProps(set);
        writer.WriteArray(setOf);
    }

    public static IReadOnlyDictionary<string, string>[] ReadPropsTable(this BinaryReader reader, DatasetStrings strings)
    {
        var sets = new IReadOnlyDictionary<string, string>[Count(reader)];
        for (var i = 0; i < sets.Length; i++)
            sets[i] = reader.ReadProps(strings);
        var setOf = reader.ReadArray<int>();
        var records = new IReadOnlyDictionary<string, string>[setOf.Length];
        for (var r = 0; r < setOf.Length; r++)
            records[r] = (uint)setOf[r] < (uint)sets.Length ? sets[setOf[r]] : throw new InvalidDataException("The snapshot names a props set it does not hold.");
        return records;
    }

    public static void WriteSources(this BinaryWriter writer, IReadOnlyList<Source> sources)
    {
        writer.Write(sources.Count);
        foreach (var source in sources)
        {
            writer.Write(source.Document);
            writer.Write(source.Line);
            writer.Write(source.Quote);
        }
    }

    public static Source[] ReadSources(this BinaryReader reader, DatasetStrings strings)
    {
        var sources = new Source[Count(reader)];
        for (var i = 0; i < sources.Length; i++)
            sources[i] = new Source(strings.Shared(reader.ReadString()), reader.ReadInt32(), reader.ReadString());
        return sources;
    }

    public static void WriteFactSources(this BinaryWriter writer, IReadOnlyDictionary<string, IReadOnlyList<Source>> facts)
    {
        writer.Write(facts.Count);
        foreach (var (key, sources) in facts)
        {
            writer.Write(key);
            writer.WriteSources(sources);
        }
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<Source>> ReadFactSources(this BinaryReader reader, DatasetStrings strings)
    {
        var count = Count(reader);
        if (count == 0)
            return Facts.None;
        var facts = new Dictionary<string, IReadOnlyList<Source>>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            facts[strings.Shared(reader.ReadString())] = reader.ReadSources(strings);
        return facts;
    }

    /// <summary>A date as its text: every date the store holds was parsed from one, and parses back the same.</summary>
    public static void WriteDate(this BinaryWriter writer, DateValue? date)
    {
        if (date is not null && (!DateValue.TryParse(date.Text, out var again) || again != date))
            throw new NotSupportedException($"The date '{date.Text}' does not parse back to itself; the graph cannot be kept as a snapshot.");
        writer.WriteNullable(date?.Text);
    }

    public static DateValue? ReadDate(this BinaryReader reader) =>
        reader.ReadNullable() is { } text ? DateValue.TryParse(text, out var date) ? date : throw new InvalidDataException($"The snapshot holds a date '{text}' that does not parse.") : null;

    private static int Count(BinaryReader reader) =>
        reader.ReadInt32() is var count and >= 0 ? count : throw new InvalidDataException("The snapshot holds a negative count.");
}
