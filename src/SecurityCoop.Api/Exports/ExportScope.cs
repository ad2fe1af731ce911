using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Exports;

/// <summary>Which subgraph an export holds: the whole graph, an ego network, or the answer to an overlap, path or linkage question.</summary>
public enum ExportScopeKind
{
    Whole,
    Ego,
    Overlap,
    Paths,
    Linkage,
}

/// <summary>An export's scope and filters, as given in a download URL or a GraphQL argument.</summary>
public sealed record ExportScope(
    ExportScopeKind Kind,
    string? Center = null,
    int Depth = 1,
    IReadOnlyList<string>? Bodies = null,
    string? From = null,
    string? To = null,
    int K = 3,
    IReadOnlySet<NodeType>? NodeTypes = null,
    IReadOnlySet<RelationType>? RelationTypes = null,
    PartialDate? AsOf = null,
    bool IncludeUnestablished = false)
{
    /// <summary>The filters as text, for the export's metadata.</summary>
    public IReadOnlyDictionary<string, string> Filters()
    {
        var filters = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, object? value)
        {
            if (value is not null && value.ToString() is { Length: > 0 } text)
                filters[key] = text;
        }
        Add("center", Center);
        Add("depth", Kind == ExportScopeKind.Ego ? Depth : null);
        Add("bodies", Bodies is null ? null : string.Join(",", Bodies));
        Add("from", From);
        Add("to", To);
        Add("k", Kind == ExportScopeKind.Paths ? K : null);
        Add("nodeTypes", NodeTypes is null ? null : string.Join(",", NodeTypes.Order()));
        Add("relationTypes", RelationTypes is null ? null : string.Join(",", RelationTypes.Select(SecurityCoop.Core.Relations.RelationTypes.NameOf).Order(StringComparer.Ordinal)));
        Add("asOf", AsOf?.ToString());
        Add("includeUnestablished", IncludeUnestablished ? "true" : null);
        return filters;
    }
}
