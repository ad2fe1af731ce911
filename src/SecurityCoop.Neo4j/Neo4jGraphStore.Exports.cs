using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <summary>Nodes per request when the whole graph is read page by page.</summary>
    internal const int WholeGraphPage = 500;

    public async Task<Subgraph> SubgraphAsync(SubgraphQuery query, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["relationTypes"] = TraversedTypes(query.RelationTypes, false),
            ["nodeTypes"] = Names(query.NodeTypes),
            ["asOfEnd"] = AsOfEnd(query.AsOf),
            ["asOfStart"] = AsOfStart(query.AsOf),
            ["includeUnestablished"] = query.IncludeUnestablished,
        };
        if (query.Center is not { } center)
            return await WholeGraphAsync(parameters, cancellationToken);
        await RequireAsync([center], cancellationToken);
        parameters["center"] = center;
        parameters["depth"] = (long)query.Depth;
        var row = (await WalkAsync("ego-network", query.Depth, parameters, cancellationToken)).Records.Single();
        var nodes = row.Get<List<object?>>("nodes").OfType<Neo4jNode>().Select(GraphDecoding.Node);
        var edges = row.Get<List<object?>>("relations").OfType<Dictionary<string, object?>>()
            .Select(r => GraphDecoding.Relation((Neo4jRelation)r["relation"]!, (string)r["from"]!, (string)r["to"]!));
        return InIdOrder(nodes, edges);
    }

    /// <summary>The whole graph, one page of nodes (with their outgoing relations) per request, after the last id read.</summary>
    private async Task<Subgraph> WholeGraphAsync(Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var nodes = new List<Node>();
        var edges = new List<Relation>();
        parameters["first"] = (long)WholeGraphPage;
        while (true)
        {
            parameters["after"] = nodes.Count == 0 ? null : nodes[^1].Id;
            var rows = (await ReadAsync("whole-graph", parameters, cancellationToken)).Records.ToList();
            foreach (var row in rows)
            {
                var node = GraphDecoding.Node(row.Get<Neo4jNode>("node"));
                nodes.Add(node);
                edges.AddRange(row.Get<List<object?>>("relations").OfType<Dictionary<string, object?>>()
                    .Select(r => GraphDecoding.Relation((Neo4jRelation)r["relation"]!, node.Id, (string)r["to"]!)));
            }
            if (rows.Count < WholeGraphPage)
                return InIdOrder(nodes, edges);
        }
    }

    private static Subgraph InIdOrder(IEnumerable<Node> nodes, IEnumerable<Relation> edges) => new(
        [.. nodes.DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal)],
        [.. edges.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal)]);
}
