using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>
    /// The shortest and all shortest routes are one query; the k shortest run the shared Yen's algorithm
    /// (<see cref="KShortestRoutes"/>) with one spur query per accepted route, so both stores return the same routes.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        await RequireAsync([query.From, query.To], cancellationToken);
        if (query.From == query.To)
            return [new GraphPath([.. await GetNodesAsync([query.From], cancellationToken)], [])];
        if (query.Mode == PathMode.KShortest)
            return await KShortestRoutes.FindAsync(query.From, query.K, query.MaxHops, (requests, token) => SpursAsync(query, requests, token), cancellationToken);
        var parameters = Walk(query.RelationTypes, query.ExcludeWeak, query.AsOf, query.IncludeUnestablished);
        parameters["from"] = query.From;
        parameters["to"] = query.To;
        parameters["maxHops"] = (long)query.MaxHops;
        parameters["fetch"] = (long)query.MaxPaths;
        var result = await WalkAsync("all-shortest-paths", query.MaxHops, parameters, cancellationToken);
        return [.. result.Records.Select(r => Route(r.Get<Neo4jPath>("path"), r.Get<List<object?>>("parallel")))];
    }

    private async Task<IReadOnlyList<GraphPath?>> SpursAsync(PathQuery query, IReadOnlyList<SpurRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
            return [];
        var parameters = Walk(query.RelationTypes, query.ExcludeWeak, query.AsOf, query.IncludeUnestablished);
        parameters["to"] = query.To;
        parameters["spurs"] = requests.Select(r => new Dictionary<string, object?>
        {
            ["from"] = r.From,
            ["maxHops"] = (long)r.MaxHops,
            ["bannedNodes"] = r.BannedNodes.Order(StringComparer.Ordinal).ToList(),
            ["bannedLinks"] = r.BannedLinks.SelectMany(l => new[] { new List<string> { l.Item1, l.Item2 }, [l.Item2, l.Item1] }).ToList(),
        }).ToList();
        var result = await WalkAsync("k-shortest-spurs", query.MaxHops, parameters, cancellationToken);
        var found = new GraphPath?[requests.Count];
        foreach (var row in result.Records)
            found[(int)row.Get<long>("request")] = Route(row.Get<Neo4jPath>("path"), row.Get<List<object?>>("parallel"));
        return found;
    }

    public async Task<IReadOnlyList<LinkedNode>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken)
    {
        await RequireAsync(query.Theme is null ? [query.From] : [query.From, query.Theme], cancellationToken);
        if (query.Theme is { } theme && !theme.StartsWith("theme:", StringComparison.Ordinal))
            throw StoreException.Invalid($"'{theme}' is not a theme; pass a 'theme:' id.");
        var parameters = Walk(query.RelationTypes, query.ExcludeWeak, query.AsOf, query.IncludeUnestablished);
        parameters["from"] = query.From;
        parameters["maxHops"] = (long)query.MaxHops;
        parameters["nodeTypes"] = Names(query.NodeTypes);
        parameters["theme"] = query.Theme;
        parameters["limit"] = (long)query.Limit;
        var result = await WalkAsync("linked", query.MaxHops, parameters, cancellationToken);
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
        var parameters = Walk(query.RelationTypes, query.ExcludeWeak, query.AsOf, query.IncludeUnestablished);
        parameters["origins"] = query.Origins.ToList();
        parameters["maxHops"] = (long)query.MaxHops;
        parameters["nodeTypes"] = Names(query.NodeTypes);
        parameters["limit"] = (long)query.Limit;
        var result = await WalkAsync("shared-links", query.MaxHops, parameters, cancellationToken);
        return [.. result.Records.Select(r =>
        {
            var paths = r.Get<List<object?>>("paths").OfType<Dictionary<string, object?>>()
                .ToDictionary(p => (string)p["origin"]!, p => Route((Neo4jPath)p["path"]!, (List<object?>)p["parallel"]!), StringComparer.Ordinal);
            return new SharedLinkage(GraphDecoding.Node(r.Get<Neo4jNode>("node")), [.. query.Origins.Select(o => paths[o])]);
        })];
    }

    /// <summary>The parameters every walk takes: which relations it may follow, as of when, and whether unestablished ones count.</summary>
    private static Dictionary<string, object?> Walk(IReadOnlySet<RelationType>? types, bool excludeWeak, PartialDate? asOf, bool includeUnestablished) => new()
    {
        ["relationTypes"] = TraversedTypes(types, excludeWeak),
        ["asOfEnd"] = AsOfEnd(asOf),
        ["asOfStart"] = AsOfStart(asOf),
        ["includeUnestablished"] = includeUnestablished,
    };

    /// <summary>A route from a Neo4j path and, per step (<c>{step, relations}</c>), the relations joining the same two nodes.</summary>
    private static GraphPath Route(Neo4jPath path, List<object?> parallel)
    {
        var nodes = path.Nodes.Select(GraphDecoding.Node).ToList();
        var ids = path.Nodes.Select((n, i) => (n.ElementId, nodes[i].Id)).DistinctBy(p => p.ElementId).ToDictionary(p => p.ElementId, p => p.Id, StringComparer.Ordinal);
        var joining = parallel.OfType<Dictionary<string, object?>>()
            .ToDictionary(p => (int)(long)p["step"]!, p => ((List<object?>)p["relations"]!).OfType<Neo4jRelation>().ToList());
        var steps = path.Relations.Select((relationship, i) =>
        {
            var edges = joining.GetValueOrDefault(i, []).Append(relationship).Select(r => GraphDecoding.Relation(r, ids[r.StartElementId], ids[r.EndElementId]));
            return PathSteps.Choose(nodes[i].Id, edges);
        }).ToList();
        return new GraphPath(nodes, steps);
    }
}
