using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// A record's props, read-only, in key order (ordinal): two arrays, keys and values. Records with the same props share
/// one set (<see cref="DatasetStrings.Props"/>), so a million memberships "since 1977, full" hold a handful of sets.
/// </summary>
internal sealed class PropSet : IReadOnlyDictionary<string, string>
{
    private readonly string[] keys;
    private readonly string[] values;

    private PropSet(string[] keys, string[] values)
    {
        this.keys = keys;
        this.values = values;
    }

    public static PropSet Empty { get; } = new([], []);

    /// <summary>The set of these pairs; a key given twice keeps its last value.</summary>
    public static PropSet Of(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
            sorted[key] = value;
        return sorted.Count == 0 ? Empty : new PropSet([.. sorted.Keys], [.. sorted.Values]);
    }

    /// <summary>The set of keys already in ordinal order, each once, with their values (as a snapshot holds them).</summary>
    public static PropSet OfSorted(string[] keys, string[] values)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            if (string.CompareOrdinal(keys[i - 1], keys[i]) >= 0)
                return Of(keys.Zip(values, (k, v) => new KeyValuePair<string, string>(k, v)));
        }
        return keys.Length == 0 ? Empty : new PropSet(keys, values);
    }

    public int Count => keys.Length;

    public IEnumerable<string> Keys => keys;

    public IEnumerable<string> Values => values;

    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"No prop '{key}'.");

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < keys.Length; i++)
            yield return new(keys[i], values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (string.Equals(keys[i], key, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    /// <summary>Sets are equal when their pairs are: what sharing them needs.</summary>
    public sealed class ContentComparer : IEqualityComparer<PropSet>
    {
        public static ContentComparer Instance { get; } = new();

        public bool Equals(PropSet? x, PropSet? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.keys.AsSpan().SequenceEqual(y.keys) && x.values.AsSpan().SequenceEqual(y.values));

        public int GetHashCode(PropSet set)
        {
            var hash = new HashCode();
            for (var i = 0; i < set.keys.Length; i++)
            {
                hash.Add(set.keys[i], StringComparer.Ordinal);
                hash.Add(set.values[i], StringComparer.Ordinal);
            }
            return hash.ToHashCode();
        }
    }
}
