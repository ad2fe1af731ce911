using SecurityCoop.Core.Nodes;

namespace SecurityCoop.Core.Relations;

/// <summary>A node next to another, with the relation between them and its direction seen from the node asked about.</summary>
public sealed record Neighbour(Node Node, Relation Relation, RelationDirection Direction);
