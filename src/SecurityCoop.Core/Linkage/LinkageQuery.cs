using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Linkage;

/// <summary>Everything within <see cref="MaxHops"/> of <see cref="From"/>, nearest first.</summary>
/// <param name="NodeTypes">Only answer nodes of these types (the walk still passes through others).</param>
/// <param name="RelationTypes">Only walk these relation types; null for all.</param>
/// <param name="Theme">Only answer nodes that address this theme (a <c>theme:</c> id).</param>
public sealed record LinkageQuery(
    string From,
    int MaxHops = 2,
    IReadOnlySet<NodeType>? NodeTypes = null,
    IReadOnlySet<RelationType>? RelationTypes = null,
    string? Theme = null,
    PartialDate? AsOf = null,
    bool ExcludeWeak = false,
    bool IncludeUnestablished = false,
    int Limit = 200);

/// <summary>A node linked to the origin, at its distance, with one shortest path that links it.</summary>
public sealed record LinkedNode(Node Node, int Distance, GraphPath Path);

/// <summary>Nodes linked to every one of <see cref="Origins"/> within <see cref="MaxHops"/>.</summary>
public sealed record SharedLinkageQuery(
    IReadOnlyList<string> Origins,
    int MaxHops = 1,
    IReadOnlySet<NodeType>? NodeTypes = null,
    IReadOnlySet<RelationType>? RelationTypes = null,
    PartialDate? AsOf = null,
    bool ExcludeWeak = false,
    bool IncludeUnestablished = false,
    int Limit = 200);

/// <summary>A node every origin reaches, with the path from each origin (in the origins' order).</summary>
public sealed record SharedLinkage(Node Node, IReadOnlyList<GraphPath> Paths);
