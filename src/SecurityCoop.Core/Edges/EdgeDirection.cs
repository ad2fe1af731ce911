namespace SecurityCoop.Edges;

/// <summary>Which way an edge points from the node asked about.</summary>
public enum EdgeDirection
{
    Outgoing,
    Incoming,
    Both,
}
