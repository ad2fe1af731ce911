using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;
using SecurityCoop.Core.Timelines;
using SecurityCoop.Neo4j.Cypher;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j;

/// <summary>
/// The store port over Neo4j's HTTP Query API. Every operation runs one file of <c>cypher/queries/</c> verbatim
/// with <c>$parameters</c> (path and linkage operations first check that their end nodes exist), in read mode,
/// and maps the rows in <see cref="GraphDecoding"/>. The question families live in the partial files beside this one.
/// </summary>
public sealed partial class Neo4jGraphStore(QueryApiClient client) : IGraphStore
{
    private static readonly List<string> AllRelationTypes = [.. RelationTypes.All.Select(RelationTypes.NameOf)];

    private Task<QueryResult> ReadAsync(string query, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.RunAsync(CypherLibrary.Query(query), parameters, AccessMode.Read, cancellationToken);

    /// <summary>Runs a walking query with the question's hop limit as its quantifier's bound (<see cref="CypherLibrary.Query(string, int)"/>).</summary>
    private Task<QueryResult> WalkAsync(string query, int hops, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = CypherLibrary.Query(query, hops);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw StoreException.Invalid($"The Neo4j store walks at most the hops its queries are written for; {hops} is out of that range.");
        }
        return client.RunAsync(text, parameters, AccessMode.Read, cancellationToken);
    }

    private static object? AsOfEnd(PartialDate? asOf) => asOf is { } date ? DateKeys.High(date) : null;

    private static object? AsOfStart(PartialDate? asOf) => asOf is { } date ? DateKeys.Low(date) : null;

    private static List<string>? Names<T>(IReadOnlySet<T>? values) where T : struct, Enum =>
        values is null ? null : [.. values.Select(v => v.ToString()).Order(StringComparer.Ordinal)];

    private static List<string> TraversedTypes(IReadOnlySet<RelationType>? types, bool excludeWeak) =>
        [.. (types?.Select(RelationTypes.NameOf) ?? AllRelationTypes).Where(t => !excludeWeak || t != "LINKED_TO").Order(StringComparer.Ordinal)];

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return [];
        var result = await ReadAsync("get-nodes", new() { ["ids"] = ids.Distinct().ToList() }, cancellationToken);
        var found = result.Records.Select(r => GraphDecoding.Node(r.Get<Neo4jNode>("node"))).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
            return [];
        var result = await ReadAsync("get-relations-by-id", new() { ["ids"] = ids.Distinct().ToList() }, cancellationToken);
        var found = result.Records.Select(Relation).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    public async Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken)
    {
        var result = await ReadAsync("list-nodes", new()
        {
            ["types"] = Names(query.Types),
            ["nameContains"] = query.NameContains is { Length: > 0 } text ? SearchText.Normalise(text) : null,
            ["after"] = query.After,
            ["first"] = (long)query.First,
        }, cancellationToken);
        var row = result.Records.Single();
        var page = row.Get<List<object?>>("page").OfType<Neo4jNode>().Select(GraphDecoding.Node).ToList();
        return new NodePage(page, (int)row.Get<long>("total"), row.Get<bool>("hasNext"), row.Get<bool>("hasPrevious"));
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var result = await ReadAsync("search", new()
        {
            ["text"] = SearchText.Normalise(query.Text),
            ["types"] = Names(query.Types),
            ["limit"] = (long)query.Limit,
        }, cancellationToken);
        return [.. result.Records.Select(r => new SearchHit(
            GraphDecoding.Node(r.Get<Neo4jNode>("node")), Enum.Parse<SearchMatch>(r.Get<string>("match")), r.Get<string>("field"), r.Get<string>("text")))];
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken)
    {
        await RequireAsync([query.NodeId], cancellationToken);
        var result = await ReadAsync("timeline", new()
        {
            ["id"] = query.NodeId,
            ["relationTypes"] = query.RelationTypes is null ? null : TraversedTypes(query.RelationTypes, false),
            ["includeUnestablished"] = query.IncludeUnestablished,
        }, cancellationToken);
        var rows = result.Records.ToList();
        var others = rows.Select(r => GraphDecoding.Node(r.Get<Neo4jNode>("other"))).DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return TimelineBuilder.Build(query.NodeId, rows.Select(Relation), id => others[id]);
    }

    public async Task<IReadOnlyList<Conflict>> ConflictsAsync(string? subjectId, CancellationToken cancellationToken)
    {
        if (subjectId is not null)
            await RequireAsync([subjectId], cancellationToken);
        var result = await ReadAsync("conflicts", new() { ["subject"] = subjectId }, cancellationToken);
        return [.. result.Records.Select(r => GraphDecoding.Conflict(r.Get<Neo4jNode>("conflict"), r.Get<string>("subject")))];
    }

    public async Task<IReadOnlyList<SourceDocument>> GetDocumentsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken)
    {
        var result = await ReadAsync("documents", new() { ["ids"] = ids?.Distinct(StringComparer.Ordinal).ToList() }, cancellationToken);
        return [.. result.Records.Select(r => GraphDecoding.Document(r.Get<Neo4jNode>("document")))];
    }

    public async Task<GraphStatistics> StatisticsAsync(CancellationToken cancellationToken)
    {
        var result = await ReadAsync("statistics", [], cancellationToken);
        var rows = result.Records.Select(r => (Kind: r.Get<string>("kind"), Type: r.Get<string>("type"), Count: (int)r.Get<long>("count"))).ToList();
        var nodes = rows.Where(r => r.Kind == "node" && NodeTypes.TryParse(r.Type, out _)).ToDictionary(r => Enum.Parse<NodeType>(r.Type), r => r.Count);
        var edges = new Dictionary<RelationType, int>();
        foreach (var row in rows.Where(r => r.Kind == "relation"))
        {
            if (RelationTypes.TryParse(row.Type, out var type))
                edges[type] = row.Count;
        }
        return new GraphStatistics(nodes, edges, rows.Where(r => r.Kind == "conflict").Sum(r => r.Count));
    }

    /// <summary>Throws NODE_NOT_FOUND for the first id Neo4j does not hold.</summary>
    private async Task RequireAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var found = (await GetNodesAsync(ids, cancellationToken)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids.Where(id => !found.Contains(id)))
            throw StoreException.UnknownNode(id);
    }

    private static Relation Relation(QueryRow row) => GraphDecoding.Relation(row.Get<Neo4jRelation>("relation"), row.Get<string>("from"), row.Get<string>("to"));
}
