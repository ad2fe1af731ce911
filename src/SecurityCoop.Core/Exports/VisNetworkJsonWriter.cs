using System.Text.Json;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// vis-network data: <c>nodes</c> with <c>id</c>, <c>label</c> and the node type as <c>group</c>, <c>edges</c>
/// with <c>id</c>, <c>from</c>, <c>to</c>, the relation as <c>label</c> and an arrow, and the metadata under
/// <c>metadata</c>. Properties sit in a nested <c>properties</c> object because vis-network reads many flat
/// names (<c>size</c>, <c>value</c>, <c>level</c>, <c>shape</c>, ...) as drawing options. A laid-out document's nodes
/// carry <c>x</c> and <c>y</c>, where vis-network places them.
/// </summary>
public sealed class VisNetworkJsonWriter : INetworkWriter
{
    private static readonly HashSet<string> None = [];

    public string Format => "vis-network";

    public string MediaType => "application/json";

    public string FileExtension => ".json";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var (nodeKinds, edgeKinds) = JsonExport.Kinds(document, cancellationToken);
        await using var json = JsonExport.Open(output);
        json.WriteStartObject();
        JsonExport.WriteMetadata(json, "metadata", document.Metadata);
        await JsonExport.WriteArrayAsync(json, "nodes", document.Nodes, (j, n) => WriteNode(j, n, nodeKinds), cancellationToken);
        await JsonExport.WriteArrayAsync(json, "edges", document.Edges, (j, e) => WriteEdge(j, e, edgeKinds), cancellationToken);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, NetworkNode node, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteString("id", node.Id);
        json.WriteString("label", node.Label);
        json.WriteString("group", node.Type);
        JsonExport.WritePosition(json, node);
        json.WriteStartObject("properties");
        JsonExport.WriteProperties(json, node.Properties, None, kinds);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, NetworkEdge edge, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteString("id", edge.Id);
        json.WriteString("from", edge.Source);
        json.WriteString("to", edge.Target);
        json.WriteString("label", edge.Type);
        json.WriteString("arrows", "to");
        JsonExport.WriteDates(json, edge);
        json.WriteStartObject("properties");
        JsonExport.WriteProperties(json, edge.Properties, None, kinds);
        json.WriteEndObject();
        JsonExport.WriteSources(json, edge.Sources);
        json.WriteEndObject();
    }
}
