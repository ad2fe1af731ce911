using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// What the records of one load share: one string for each repeated id, type, prop and document name (looked up from
/// the UTF-8 bytes, so a repeat allocates nothing), and one <see cref="PropSet"/> for each distinct set of props.
/// Files are read in parallel, so lookups take no lock.
/// </summary>
internal sealed class DatasetStrings
{
    private const int OnStack = 256;

    private readonly ConcurrentDictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<PropSet, PropSet> props = new(PropSet.ContentComparer.Instance);

    /// <summary>The shared string of a JSON string token.</summary>
    public string Shared(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > OnStack)
            return Shared(reader.GetString()!);
        Span<char> text = stackalloc char[OnStack];
        var length = Encoding.UTF8.GetChars(reader.ValueSpan, text);
        var lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(text[..length], out var known) ? known : Shared(new string(text[..length]));
    }

    public string Shared(string text) => strings.GetOrAdd(text, text);

    public PropSet Props(PropSet set) => set.Count == 0 ? PropSet.Empty : props.GetOrAdd(set, set);
}
