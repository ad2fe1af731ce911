using System.Text.Json;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// Cytoscape.js elements JSON, which <c>cytoscape({ elements, data })</c> and Cytoscape desktop (.cyjs) load:
/// the metadata as the graph's <c>data</c>, then <c>elements.nodes</c> and <c>elements.edges</c>, each a
/// <c>{"data": {...}}</c> with flat fields so selectors such as <c>edge[relation = "MEMBER_OF"]</c> work. A laid-out
/// document's node elements carry <c>position: {x, y}</c> (drawn as given with the <c>preset</c> layout).
/// </summary>
public sealed class CytoscapeJsonWriter : INetworkWriter
{
    private static readonly HashSet<string> NodeFields = ["id", "label", "type", "parent", "source", "target"];
    private static readonly HashSet<string> EdgeFields =
        ["id", "source", "target", "parent", "label", "relation", "since", "until", "since_year", "until_year", "sources"];

    public string Format => "cytoscape";

    public string MediaType => "application/json";

    public string FileExtension => ".cyjs";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var (nodeKinds, edgeKinds) = JsonExport.Kinds(document, cancellationToken);
        await using var json = JsonExport.Open(output);
        json.WriteStartObject();
        JsonExport.WriteMetadata(json, "data", document.Metadata);
        json.WriteStartObject("elements");
        await JsonExport.WriteArrayAsync(json, "nodes", document.Nodes, (j, n) => WriteNode(j, n, nodeKinds), cancellationToken);
        await JsonExport.WriteArrayAsync(json, "edges", document.Edges, (j, e) => WriteEdge(j, e, edgeKinds), cancellationToken);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, NetworkNode node, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("type", node.Type);
        JsonExport.WriteProperties(json, node.Properties, NodeFields, kinds);
        json.WriteEndObject();
        if (node.Position is { } position)
        {
            json.WriteStartObject("position");
            json.WriteNumber("x", position.X);
            json.WriteNumber("y", position.Y);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, NetworkEdge edge, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", edge.Id);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        json.WriteString("label", edge.Type);
        json.WriteString("relation", edge.Type);
        JsonExport.WriteDates(json, edge);
        JsonExport.WriteProperties(json, edge.Properties, EdgeFields, kinds);
        JsonExport.WriteSources(json, edge.Sources);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
