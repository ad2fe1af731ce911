namespace SecurityCoop.Core.Relations;

/// <summary>Which way a relation points from the node asked about.</summary>
public enum RelationDirection
{
    Outgoing,
    Incoming,
    Both,
}
