using System.Text.Json;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// Node-link JSON as D3 force layouts and networkx's <c>node_link_graph</c> read it: <c>directed</c>,
/// <c>multigraph</c>, the metadata as the graph's attributes under <c>graph</c>, <c>nodes</c> with <c>id</c>, and
/// <c>links</c> with <c>source</c>, <c>target</c> and the edge id as <c>key</c>, so parallel edges stay apart. A
/// laid-out document's nodes carry <c>x</c> and <c>y</c>, which D3's force simulation starts from.
/// </summary>
public sealed class NodeLinkJsonWriter : INetworkWriter
{
    private static readonly HashSet<string> NodeFields = ["id", "label", "type"];
    private static readonly HashSet<string> LinkFields =
        ["id", "key", "source", "target", "relation", "since", "until", "since_year", "until_year", "sources"];

    public string Format => "node-link";

    public string MediaType => "application/json";

    public string FileExtension => ".json";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var (nodeKinds, edgeKinds) = JsonExport.Kinds(document, cancellationToken);
        await using var json = JsonExport.Open(output);
        json.WriteStartObject();
        json.WriteBoolean("directed", true);
        json.WriteBoolean("multigraph", true);
        JsonExport.WriteMetadata(json, "graph", document.Metadata);
        await JsonExport.WriteArrayAsync(json, "nodes", document.Nodes, (j, n) => WriteNode(j, n, nodeKinds), cancellationToken);
        await JsonExport.WriteArrayAsync(json, "links", document.Edges, (j, e) => WriteLink(j, e, edgeKinds), cancellationToken);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, NetworkNode node, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("type", node.Type);
        JsonExport.WritePosition(json, node);
        JsonExport.WriteProperties(json, node.Properties, NodeFields, kinds);
        json.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter json, NetworkEdge edge, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteString("id", edge.Id);
        json.WriteString("key", edge.Id);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        json.WriteString("relation", edge.Type);
        JsonExport.WriteDates(json, edge);
        JsonExport.WriteProperties(json, edge.Properties, LinkFields, kinds);
        JsonExport.WriteSources(json, edge.Sources);
        json.WriteEndObject();
    }
}
