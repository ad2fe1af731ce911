using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Nodes;

/// <summary>A thing in the graph: a state, organisation, mechanism, agreement, ...</summary>
/// <param name="Id">Stable id, <c>prefix:slug</c>.</param>
/// <param name="Props">What the sources state about it (founded, kind, headquarters, description, figures), as text.</param>
public sealed record Node(
    string Id,
    NodeType Type,
    string Name,
    string? Acronym,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Props,
    IReadOnlyList<Source> Sources)
{
    public string? Prop(string key) => Props.TryGetValue(key, out var value) ? value : null;

    /// <summary>
    /// Sources of single facts, by key: <c>name</c>, <c>acronym</c>, <c>alias:&lt;alias&gt;</c> or a prop's name. <see cref="Sources"/>
    /// stays for what the whole record rests on.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Source>> FactSources { get; init; } = Facts.None;
}
