using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Keyset paging over ids in ordinal order: a page starts after the last id of the previous one, so pages stay
/// stable when nodes are added or removed elsewhere in the order.
/// </summary>
internal static class NodePaging
{
    public static NodePage Page(GraphIndex graph, NodeListQuery query)
    {
        var filter = query.NameContains is { Length: > 0 } text ? SearchText.Normalise(text) : null;
        var matching = Enumerable.Range(0, graph.NodeCount)
            .Where(n => (query.Types is null || query.Types.Contains(graph.NodeAt(n).Type)) && (filter is null || graph.Names.AnyNameContains(n, filter)))
            .Select(graph.NodeAt)
            .ToList();
        var start = 0;
        if (query.After is { } after)
        {
            start = matching.FindIndex(n => string.CompareOrdinal(n.Id, after) > 0);
            if (start < 0)
                start = matching.Count;
        }
        var page = matching.Skip(start).Take(query.First).ToList();
        return new NodePage(page, matching.Count, start + page.Count < matching.Count, start > 0);
    }
}
