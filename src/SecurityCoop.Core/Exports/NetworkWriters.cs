using System.Diagnostics.CodeAnalysis;

namespace SecurityCoop.Core.Exports;

/// <summary>Finds a network writer by its format name (case does not matter).</summary>
public sealed class NetworkWriters
{
    private readonly Dictionary<string, INetworkWriter> byFormat;

    public NetworkWriters(IEnumerable<INetworkWriter> writers)
    {
        All = [.. writers];
        byFormat = All.ToDictionary(w => w.Format, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every format SecurityCoop writes, the dyad-year table over every year its memberships name.</summary>
    public static NetworkWriters Default { get; } = new(
    [
        new NodeLinkJsonWriter(),
        new CytoscapeJsonWriter(),
        new GraphologyJsonWriter(),
        new VisNetworkJsonWriter(),
        new GraphMLWriter(),
        new GexfWriter(GexfVersion.Gexf12Draft),
        new GexfWriter(GexfVersion.Gexf13),
        new CsvNodeListWriter(),
        new CsvEdgeListWriter(),
        new CsvMetadataWriter(),
        new DyadYearCsvWriter(),
    ]);

    public IReadOnlyList<INetworkWriter> All { get; }

    public IEnumerable<string> Formats => All.Select(w => w.Format);

    public bool TryGet(string format, [MaybeNullWhen(false)] out INetworkWriter writer) => byFormat.TryGetValue(format, out writer);

    /// <summary>The writer for <paramref name="format"/>; throws <see cref="ArgumentException"/> naming the known formats.</summary>
    public INetworkWriter Get(string format) =>
        TryGet(format, out var writer)
            ? writer
            : throw new ArgumentException($"Unknown export format '{format}'; use one of: {string.Join(", ", Formats)}.", nameof(format));
}
