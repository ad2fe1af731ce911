using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// Which part of the graph to export: the whole graph, or the ego network of <see cref="Center"/> to
/// <see cref="Depth"/> hops; either way only nodes of <see cref="NodeTypes"/> (the center always) and the relations
/// among them that pass the type, date and status filters.
/// </summary>
public sealed record SubgraphQuery(
    string? Center = null,
    int Depth = 1,
    IReadOnlySet<NodeType>? NodeTypes = null,
    IReadOnlySet<RelationType>? RelationTypes = null,
    PartialDate? AsOf = null,
    bool IncludeUnestablished = false);

/// <summary>Nodes and the relations among them.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations);
