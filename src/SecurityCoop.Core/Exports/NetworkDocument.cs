namespace SecurityCoop.Core.Exports;

/// <summary>
/// A graph to export. Nodes and edges are sequences so a large graph can stream from its store; the writers read
/// each more than once (first to learn the attribute columns and the kind of their values, then to write), so pass
/// sequences that can be enumerated again.
/// </summary>
/// <param name="Metadata">Which release and filters produced the export; every format carries it.</param>
public sealed record NetworkDocument(
    NetworkMetadata Metadata,
    IEnumerable<NetworkNode> Nodes,
    IEnumerable<NetworkEdge> Edges)
{
    /// <summary>Whether every node carries a <see cref="NetworkNode.Position"/>, so the formats declare and write positions.</summary>
    public bool Positioned { get; init; }
}
