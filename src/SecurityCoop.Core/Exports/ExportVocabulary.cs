namespace SecurityCoop.Core.Exports;

/// <summary>
/// The names the exports use for their own fields, in any format: ids and ends, labels, the node and relation type,
/// dates and their years, sources, and the names readers keep for themselves (graphology's and Sigma's x, y, size,
/// color; vis-network's group and arrows; networkx's and igraph's id, start, end, weight, kind). A node or edge
/// property with one of these names is written as <c>prop_&lt;name&gt;</c> in every format, so a property has one name
/// whichever format a tool reads (an agreement's <c>kind</c> is <c>prop_kind</c> in GEXF and in graphology alike).
/// </summary>
internal static class ExportVocabulary
{
    public static IReadOnlySet<string> Reserved { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "key", "label", "type", "nodeType", "relation", "parent", "source", "target", "from", "to", "group", "arrows",
        "since", "until", "since_year", "until_year", "sources", "x", "y", "size", "color", "hidden",
        "start", "end", "weight", "kind", "pid", "networkx_key",
    };

    /// <summary>The name a property is written under: its own, or <c>prop_&lt;name&gt;</c> when the exports use that name.</summary>
    public static string PropertyName(string key) => Reserved.Contains(key) ? "prop_" + key : key;
}
