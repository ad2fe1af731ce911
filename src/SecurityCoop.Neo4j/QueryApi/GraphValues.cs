namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>A node as the Query API returns it.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
public sealed record Neo4jRelation(string ElementId, string StartElementId, string EndElementId, string Type, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A path: its nodes in order and the relationships between them.</summary>
public sealed record Neo4jPath(IReadOnlyList<Neo4jNode> Nodes, IReadOnlyList<Neo4jRelation> Relations);

/// <summary>A value whose Cypher type has no closer .NET counterpart here (dates, times, durations, points), kept as its text.</summary>
public sealed record Neo4jTypedText(string Type, string Text);
