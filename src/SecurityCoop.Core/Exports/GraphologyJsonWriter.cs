using System.Text.Json;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// graphology's serialisation format, which <c>MultiDirectedGraph.from</c> and <c>graph.import</c> read: the
/// metadata as the graph's <c>attributes</c>, <c>options</c> for a directed multigraph, then <c>nodes</c> and
/// <c>edges</c> with their keys and attributes. The node type is <c>nodeType</c>, not <c>type</c>, because
/// sigma.js picks its renderer by a node's or edge's <c>type</c> and fails on names it does not know. A laid-out
/// document's nodes carry numeric <c>x</c> and <c>y</c>, which sigma.js needs to draw them.
/// </summary>
public sealed class GraphologyJsonWriter : INetworkWriter
{
    private static readonly HashSet<string> NodeFields = ["label", "nodeType", "type", "x", "y", "size", "color", "hidden"];
    private static readonly HashSet<string> EdgeFields =
        ["label", "relation", "type", "size", "color", "hidden", "since", "until", "since_year", "until_year", "sources"];

    public string Format => "graphology";

    public string MediaType => "application/json";

    public string FileExtension => ".json";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var (nodeKinds, edgeKinds) = JsonExport.Kinds(document, cancellationToken);
        await using var json = JsonExport.Open(output);
        json.WriteStartObject();
        JsonExport.WriteMetadata(json, "attributes", document.Metadata);
        json.WriteStartObject("options");
        json.WriteString("type", "directed");
        json.WriteBoolean("multi", true);
        json.WriteBoolean("allowSelfLoops", true);
        json.WriteEndObject();
        await JsonExport.WriteArrayAsync(json, "nodes", document.Nodes, (j, n) => WriteNode(j, n, nodeKinds), cancellationToken);
        await JsonExport.WriteArrayAsync(json, "edges", document.Edges, (j, e) => WriteEdge(j, e, edgeKinds), cancellationToken);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteNode(Utf8JsonWriter json, NetworkNode node, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteString("key", node.Id);
        json.WriteStartObject("attributes");
        json.WriteString("label", node.Label);
        json.WriteString("nodeType", node.Type);
        JsonExport.WritePosition(json, node);
        JsonExport.WriteProperties(json, node.Properties, NodeFields, kinds);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter json, NetworkEdge edge, IReadOnlyDictionary<string, AttributeKind> kinds)
    {
        json.WriteStartObject();
        json.WriteString("key", edge.Id);
        json.WriteString("source", edge.Source);
        json.WriteString("target", edge.Target);
        json.WriteStartObject("attributes");
        json.WriteString("label", edge.Type);
        json.WriteString("relation", edge.Type);
        JsonExport.WriteDates(json, edge);
        JsonExport.WriteProperties(json, edge.Properties, EdgeFields, kinds);
        JsonExport.WriteSources(json, edge.Sources);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
