using System.Text.Json;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// Cytoscape.js elements JSON, which <c>cytoscape({ elements, data })</c> and Cytoscape desktop (.cyjs) load:
/// the metadata as the graph's <c>data</c>, then <c>elements.nodes</c> and <c>elements.edges</c>, each a
/// <c>{"data": {...}}</c> with flat fields so selectors such as <c>edge[relation = "MEMBER_OF"]</c> work.
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
        await using var json = JsonExport.Open(output);
        json.WriteStartObject();
        JsonExport.WriteMetadata(json, "data", document.Metadata);
        json.WriteStartObject("elements");
        await JsonExport.WriteArrayAsync(json, "nodes", document.Nodes, WriteNode, cancellationToken);
        await JsonExport.WriteArrayAsync(json, "edges", document.Edges, WriteEdge, cancellationToken);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, NetworkNode node)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("type", node.Type);
        JsonExport.WriteProperties(json, node.Properties, NodeFields);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, NetworkEdge edge)
    {
        json.WriteStartObject();
        json.WriteStartObject("data");
        json.WriteString("id", edge.Id);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        json.WriteString("label", edge.Type);
        json.WriteString("relation", edge.Type);
        JsonExport.WriteDates(json, edge);
        JsonExport.WriteProperties(json, edge.Properties, EdgeFields);
        JsonExport.WriteSources(json, edge.Sources);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
