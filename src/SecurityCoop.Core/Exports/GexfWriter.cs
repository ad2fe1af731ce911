using System.Globalization;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// GEXF for Gephi: a dynamic directed graph with dates as times (<c>timeformat="date"</c>). An edge starts on the
/// first day of its <c>since</c> and ends on the first day of its <c>until</c>; the dates as the sources give them
/// stay in the <c>since</c> and <c>until</c> attributes. Every edge has a <c>kind</c> (<see cref="GexfEdgeKinds"/>),
/// distinct among edges that join the same two nodes, so Gephi keeps parallel edges apart; the relation type itself is
/// the <c>relation</c> attribute. GEXF 1.2draft's schema has no <c>kind</c> (1.3 added it); the 1.2draft file
/// carries it all the same, for Gephi. A laid-out document's nodes carry <c>viz:position</c>, with the viz module's
/// namespace of the version declared on the root only then. Attributes are declared in <c>&lt;attributes&gt;</c> with inferred types; the metadata goes in
/// <c>&lt;meta&gt;</c>, one <c>name: value</c> line per entry in the description.
/// </summary>
public sealed class GexfWriter(GexfVersion version = GexfVersion.Gexf12Draft) : INetworkWriter
{
    private string Ns => version == GexfVersion.Gexf13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";

    /// <summary>The visualisation module's namespace, declared only when nodes carry positions.</summary>
    private string VizNs => Ns + "/viz";

    public string Format => version == GexfVersion.Gexf13 ? "gexf-1.3" : "gexf";

    public string MediaType => "application/gexf+xml";

    public string FileExtension => ".gexf";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var (nodeColumns, edgeColumns) = XmlColumns.Scan(document, labelColumn: false, cancellationToken);
        var kinds = GexfEdgeKinds.Of(document.Edges, cancellationToken);
        await using var xml = await XmlExport.StartAsync(output, Ns, "gexf", $"{Ns} {Ns}/gexf.xsd");
        await xml.AttributeAsync("version", version == GexfVersion.Gexf13 ? "1.3" : "1.2");
        if (document.Positioned)
            await xml.NamespaceAsync("viz", VizNs);
        await WriteMetaAsync(xml, document.Metadata);
        await xml.StartAsync("graph");
        await xml.AttributeAsync("mode", "dynamic");
        await xml.AttributeAsync("defaultedgetype", "directed");
        await xml.AttributeAsync("timeformat", "date");
        await WriteDeclarationsAsync(xml, "node", nodeColumns);
        await WriteDeclarationsAsync(xml, "edge", edgeColumns);
        await xml.StartAsync("nodes");
        foreach (var node in document.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.StartAsync("node");
            await xml.AttributeAsync("id", node.Id);
            await xml.AttributeAsync("label", node.Label);
            await SpellAsync(xml, node.Start, node.End);
            await WriteValuesAsync(xml, [(nodeColumns["type"], node.Type), .. nodeColumns.Properties(node.Properties)]);
            if (node.Position is { } position)
                await xml.ForeignElementAsync("viz", "position", VizNs, ("x", Number(position.X)), ("y", Number(position.Y)), ("z", "0"));
            await xml.EndAsync();
        }
        await xml.EndAsync();
        await xml.StartAsync("edges");
        foreach (var edge in document.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await WriteEdgeAsync(xml, edge, kinds[edge], edgeColumns);
        }
        await xml.EndAsync();
        await xml.FinishAsync();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>When a node or edge exists, as GEXF's start and end: the first day of each date.</summary>
    private static async Task SpellAsync(XmlExport xml, Dates.DateValue? from, Dates.DateValue? until)
    {
        var start = from is null ? null : ExportText.FirstDay(from);
        if (start is not null)
            await xml.AttributeAsync("start", start);
        if (until is not null)
        {
            // An end known less precisely than the start ("2017" after "2017-06-09") must not fall before it.
            var end = ExportText.FirstDay(until);
            await xml.AttributeAsync("end", start is not null && string.CompareOrdinal(end, start) < 0 ? start : end);
        }
    }

    private static async Task WriteEdgeAsync(XmlExport xml, NetworkEdge edge, string kind, AttributeColumns columns)
    {
        await xml.StartAsync("edge");
        await xml.AttributeAsync("id", edge.Id);
        await xml.AttributeAsync("source", edge.Source);
        await xml.AttributeAsync("target", edge.Target);
        await xml.AttributeAsync("kind", kind);
        await xml.AttributeAsync("label", edge.Type);
        await SpellAsync(xml, edge.Since, edge.Until);
        await WriteValuesAsync(xml, [
            .. XmlColumns.EdgeValues(edge).Select(v => (columns[v.Name], v.Value)),
            .. columns.Properties(edge.Properties)]);
        await xml.EndAsync();
    }

    private static async Task WriteMetaAsync(XmlExport xml, NetworkMetadata metadata)
    {
        await xml.StartAsync("meta");
        await xml.AttributeAsync("lastmodifieddate", metadata.Generated.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await xml.ElementAsync("creator", "SecurityCoop");
        await xml.ElementAsync("description", string.Join('\n', ["SecurityCoop network export", .. metadata.Entries().Select(e => $"{e.Key}: {e.Value}")]));
        await xml.ElementAsync("keywords", $"SecurityCoop, security cooperation, {metadata.Scope}, release {metadata.Release}");
        await xml.EndAsync();
    }

    private static async Task WriteDeclarationsAsync(XmlExport xml, string elementClass, AttributeColumns columns)
    {
        await xml.StartAsync("attributes");
        await xml.AttributeAsync("class", elementClass);
        await xml.AttributeAsync("mode", "static");
        foreach (var column in columns.All)
        {
            await xml.StartAsync("attribute");
            // The id is the name: graphology's GEXF parser keys attributes by id, networkx and Gephi by title.
            await xml.AttributeAsync("id", column.Name);
            await xml.AttributeAsync("title", column.Name);
            await xml.AttributeAsync("type", column.Kind switch
            {
                AttributeKind.Boolean => "boolean",
                AttributeKind.Int => "integer",
                AttributeKind.Long => "long",
                AttributeKind.Double => "double",
                _ => "string",
            });
            await xml.EndAsync();
        }
        await xml.EndAsync();
    }

    private static async Task WriteValuesAsync(XmlExport xml, IReadOnlyList<(AttributeColumn Column, string Value)> values)
    {
        await xml.StartAsync("attvalues");
        foreach (var (column, value) in values)
        {
            await xml.StartAsync("attvalue");
            await xml.AttributeAsync("for", column.Name);
            await xml.AttributeAsync("value", value);
            await xml.EndAsync();
        }
        await xml.EndAsync();
    }
}
