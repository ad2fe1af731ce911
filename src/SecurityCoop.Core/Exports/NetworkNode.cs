namespace SecurityCoop.Core.Exports;

/// <summary>A node as the network exports write it, independent of any one file format.</summary>
/// <param name="Id">The node's stable id (<c>state:china</c>).</param>
/// <param name="Type">The node type (<c>State</c>, <c>Organisation</c>, ...).</param>
/// <param name="Label">What a visualisation shows: the node's name.</param>
/// <param name="Properties">Everything else known about the node, as text.</param>
public sealed record NetworkNode(
    string Id,
    string Type,
    string Label,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>When the node begins to exist (founded, established, an event's date), when known: where a timeline shows it from.</summary>
    public Dates.DateValue? Start { get; init; }

    /// <summary>When it ends (dissolved, an event's date), when known.</summary>
    public Dates.DateValue? End { get; init; }

    /// <summary>Where a layout placed it; null unless the export was asked for one.</summary>
    public NetworkPosition? Position { get; init; }
}
