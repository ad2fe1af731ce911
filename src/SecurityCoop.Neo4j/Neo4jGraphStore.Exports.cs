using SecurityCoop.Core.Exports;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j;

public sealed partial class Neo4jGraphStore
{
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
        if (query.Center is { } center)
        {
            await RequireAsync([center], cancellationToken);
            parameters["center"] = center;
            parameters["depth"] = (long)query.Depth;
        }
        var result = query.Center is null
            ? await ReadAsync("whole-graph", parameters, cancellationToken)
            : await WalkAsync("ego-network", query.Depth, parameters, cancellationToken);
        var row = result.Records.Single();
        var nodes = row.Get<List<object?>>("nodes").OfType<Neo4jNode>().Select(GraphDecoding.Node).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        var edges = row.Get<List<object?>>("relations").OfType<Dictionary<string, object?>>()
            .Select(r => GraphDecoding.Relation((Neo4jRelation)r["relation"]!, (string)r["from"]!, (string)r["to"]!))
            .DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new Subgraph(nodes, edges);
    }
}
