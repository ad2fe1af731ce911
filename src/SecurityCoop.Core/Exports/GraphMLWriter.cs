using System.Globalization;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// GraphML, which networkx, igraph, Gephi, yEd and Cytoscape desktop read: a directed graph whose parallel
/// edges keep their own ids, with one typed <c>&lt;key&gt;</c> per attribute (property types are inferred from
/// the values: boolean, int, long, double, else string) and the metadata as graph-level data. A laid-out document's
/// nodes carry <c>x</c> and <c>y</c> keys (doubles).
/// </summary>
public sealed class GraphMLWriter : INetworkWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";
    private const string SchemaLocation = Ns + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    public string Format => "graphml";

    public string MediaType => "application/graphml+xml";

    public string FileExtension => ".graphml";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var (nodeColumns, edgeColumns) = XmlColumns.Scan(document, labelColumn: true, cancellationToken);
        var graphColumns = document.Metadata.Entries()
            .Select((entry, i) => (Column: new AttributeColumn("g" + i, entry.Key, AttributeKind.String, i), entry.Value)).ToList();

        await using var xml = await XmlExport.StartAsync(output, Ns, "graphml", SchemaLocation);
        foreach (var (column, _) in graphColumns)
            await WriteKeyAsync(xml, "graph", column);
        foreach (var column in nodeColumns.All)
            await WriteKeyAsync(xml, "node", column);
        foreach (var column in edgeColumns.All)
            await WriteKeyAsync(xml, "edge", column);

        await xml.StartAsync("graph");
        await xml.AttributeAsync("id", "securitycoop");
        await xml.AttributeAsync("edgedefault", "directed");
        foreach (var (column, value) in graphColumns)
            await WriteDataAsync(xml, column, value);
        foreach (var node in document.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteNodeAsync(xml, node, nodeColumns);
        }
        foreach (var edge in document.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEdgeAsync(xml, edge, edgeColumns);
        }
        await xml.FinishAsync();
    }

    private static async Task WriteNodeAsync(XmlExport xml, NetworkNode node, AttributeColumns columns)
    {
        await xml.StartAsync("node");
        await xml.AttributeAsync("id", node.Id);
        await WriteDataAsync(xml, columns["label"], node.Label);
        await WriteDataAsync(xml, columns["type"], node.Type);
        if (node.Position is { } position)
        {
            await WriteDataAsync(xml, columns["x"], position.X.ToString("R", CultureInfo.InvariantCulture));
            await WriteDataAsync(xml, columns["y"], position.Y.ToString("R", CultureInfo.InvariantCulture));
        }
        foreach (var (column, value) in columns.Properties(node.Properties))
            await WriteDataAsync(xml, column, value);
        await xml.EndAsync();
    }

    private static async Task WriteEdgeAsync(XmlExport xml, NetworkEdge edge, AttributeColumns columns)
    {
        await xml.StartAsync("edge");
        await xml.AttributeAsync("id", edge.Id);
        await xml.AttributeAsync("source", edge.Source);
        await xml.AttributeAsync("target", edge.Target);
        foreach (var (name, value) in XmlColumns.EdgeValues(edge))
            await WriteDataAsync(xml, columns[name], value);
        foreach (var (column, value) in columns.Properties(edge.Properties))
            await WriteDataAsync(xml, column, value);
        await xml.EndAsync();
    }

    private static async Task WriteKeyAsync(XmlExport xml, string domain, AttributeColumn column)
    {
        await xml.StartAsync("key");
        await xml.AttributeAsync("id", column.Id);
        await xml.AttributeAsync("for", domain);
        await xml.AttributeAsync("attr.name", column.Name);
        await xml.AttributeAsync("attr.type", column.Kind switch
        {
            AttributeKind.Boolean => "boolean",
            AttributeKind.Int => "int",
            AttributeKind.Long => "long",
            AttributeKind.Double => "double",
            _ => "string",
        });
        await xml.EndAsync();
    }

    private static async Task WriteDataAsync(XmlExport xml, AttributeColumn column, string value)
    {
        await xml.StartAsync("data");
        await xml.AttributeAsync("key", column.Id);
        await xml.TextAsync(value);
        await xml.EndAsync();
    }
}
