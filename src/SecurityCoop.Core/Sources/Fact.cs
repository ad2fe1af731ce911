using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Sources;

/// <summary>
/// One fact of a record (a name, an acronym, one alias, one property value) with the passages that support it. Where
/// the record names no passage for the fact itself, <see cref="Sources"/> is empty and the record's own sources are
/// what it rests on.
/// </summary>
public sealed record Fact(string Key, string Value, IReadOnlyList<Source> Sources);

/// <summary>The facts of nodes and relations, and the keys their per-fact sources are recorded under.</summary>
public static class Facts
{
    public static IReadOnlyDictionary<string, IReadOnlyList<Source>> None { get; } = new Dictionary<string, IReadOnlyList<Source>>();

    /// <summary>The key an alias's sources are recorded under: <c>alias:&lt;the alias&gt;</c>.</summary>
    public static string AliasKey(string alias) => "alias:" + alias;

    public static IReadOnlyList<Fact> Of(Node node) =>
    [
        Fact(node.FactSources, "name", node.Name),
        .. node.Acronym is { } acronym ? [Fact(node.FactSources, "acronym", acronym)] : Array.Empty<Fact>(),
        .. node.Aliases.Select(a => new Fact("alias", a, node.FactSources.GetValueOrDefault(AliasKey(a)) ?? [])),
        .. node.Props.Select(p => Fact(node.FactSources, p.Key, p.Value)),
    ];

    public static IReadOnlyList<Fact> Of(Relation relation) => [.. relation.Props.Select(p => Fact(relation.FactSources, p.Key, p.Value))];

    /// <summary>The keys a record may record per-fact sources under.</summary>
    public static IEnumerable<string> Keys(Node node) =>
        ["name", .. node.Acronym is null ? Array.Empty<string>() : ["acronym"], .. node.Aliases.Select(AliasKey), .. node.Props.Keys];

    private static Fact Fact(IReadOnlyDictionary<string, IReadOnlyList<Source>> sources, string key, string value) =>
        new(key, value, sources.GetValueOrDefault(key) ?? []);
}
