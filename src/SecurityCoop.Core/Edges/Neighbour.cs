using SecurityCoop.Nodes;

namespace SecurityCoop.Edges;

/// <summary>A node next to another, with the relation between them and its direction seen from the node asked about.</summary>
public sealed record Neighbour(Node Node, Edge Relation, EdgeDirection Direction);
