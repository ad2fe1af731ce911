using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const int PathFetch = 100;

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        await RequireAsync([query.From, query.To], cancellationToken);
        if (query.From == query.To)
            return [new GraphPath([.. await GetNodesAsync([query.From], cancellationToken)], [])];
        var file = query.Mode switch
        {
            PathMode.Shortest => "shortest-path",
            PathMode.AllShortest => "all-shortest-paths",
            _ => "k-shortest-paths",
        };
        var result = await ReadAsync(file, new()
        {
            ["from"] = query.From,
            ["to"] = query.To,
            ["maxHops"] = (long)query.MaxHops,
            ["relationTypes"] = TraversedTypes(query.RelationTypes, query.ExcludeWeak),
            ["asOfEnd"] = AsOfEnd(query.AsOf),
            ["asOfStart"] = AsOfStart(query.AsOf),
            ["includeUnestablished"] = query.IncludeUnestablished,
            ["fetch"] = (long)PathFetch,
        }, cancellationToken);
        return [.. result.Records
            .Select(r => Route(r.Get<Neo4jPath>("path"), r.Get<List<object?>>("parallel")))
            .DistinctBy(p => PathSteps.RouteKey(p.Nodes.Select(n => n.Id)))
            .OrderBy(p => p.Length).ThenBy(p => PathSteps.RouteKey(p.Nodes.Select(n => n.Id)), StringComparer.Ordinal)
            .Take(query.MaxPaths)];
    }

    public async Task<IReadOnlyList<LinkedNode>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken)
    {
        await RequireAsync(query.Theme is null ? [query.From] : [query.From, query.Theme], cancellationToken);
        if (query.Theme is { } theme && !theme.StartsWith("theme:", StringComparison.Ordinal))
            throw StoreException.Invalid($"'{theme}' is not a theme; pass a 'theme:' id.");
        var result = await ReadAsync("linked", new()
        {
            ["from"] = query.From,
            ["maxHops"] = (long)query.MaxHops,
            ["relationTypes"] = TraversedTypes(query.RelationTypes, query.ExcludeWeak),
            ["nodeTypes"] = Names(query.NodeTypes),
            ["theme"] = query.Theme,
            ["asOfEnd"] = AsOfEnd(query.AsOf),
            ["asOfStart"] = AsOfStart(query.AsOf),
            ["includeUnestablished"] = query.IncludeUnestablished,
            ["limit"] = (long)query.Limit,
        }, cancellationToken);
        return [.. result.Records.Select(r =>
        {
            var path = Route(r.Get<Neo4jPath>("path"), r.Get<List<object?>>("parallel"));
            return new LinkedNode(path.Nodes[^1], path.Length, path);
        })];
    }

    public async Task<IReadOnlyList<SharedLinkage>> SharedLinksAsync(SharedLinkageQuery query, CancellationToken cancellationToken)
    {
        if (query.Origins.Count < 2)
            throw StoreException.Invalid("Name at least two nodes in 'of' to find what they share.");
        await RequireAsync(query.Origins, cancellationToken);
        var result = await ReadAsync("shared-links", new()
        {
            ["origins"] = query.Origins.ToList(),
            ["maxHops"] = (long)query.MaxHops,
            ["relationTypes"] = TraversedTypes(query.RelationTypes, query.ExcludeWeak),
            ["nodeTypes"] = Names(query.NodeTypes),
            ["asOfEnd"] = AsOfEnd(query.AsOf),
            ["asOfStart"] = AsOfStart(query.AsOf),
            ["includeUnestablished"] = query.IncludeUnestablished,
            ["limit"] = (long)query.Limit,
        }, cancellationToken);
        return [.. result.Records.Select(r =>
        {
            var paths = r.Get<List<object?>>("paths").OfType<Dictionary<string, object?>>()
                .ToDictionary(p => (string)p["origin"]!, p => Route((Neo4jPath)p["path"]!, (List<object?>)p["parallel"]!), StringComparer.Ordinal);
            return new SharedLinkage(GraphDecoding.Node(r.Get<Neo4jNode>("node")), [.. query.Origins.Select(o => paths[o])]);
        })];
    }

    /// <summary>A route from a Neo4j path and, per step, the relations joining the same two nodes.</summary>
    private static GraphPath Route(Neo4jPath path, List<object?> parallel)
    {
        var nodes = path.Nodes.Select(GraphDecoding.Node).ToList();
        var ids = path.Nodes.Select((n, i) => (n.ElementId, nodes[i].Id)).DistinctBy(p => p.ElementId).ToDictionary(p => p.ElementId, p => p.Id, StringComparer.Ordinal);
        var steps = path.Relations.Select((relationship, i) =>
        {
            var joining = (i < parallel.Count ? parallel[i] as List<object?> : null)?.OfType<Neo4jRelation>() ?? [];
            var edges = joining.Append(relationship).Select(r => GraphDecoding.Relation(r, ids[r.StartElementId], ids[r.EndElementId]));
            return PathSteps.Choose(nodes[i].Id, edges);
        }).ToList();
        return new GraphPath(nodes, steps);
    }
}
