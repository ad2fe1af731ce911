using System.Globalization;

namespace SecurityCoop.Core.Exports;

/// <summary>The node and edge attributes GraphML and GEXF declare, and the fixed values they write for each edge.</summary>
internal static class XmlColumns
{
    /// <summary>Names the readers keep for themselves: igraph and networkx store element ids, labels and times under them.</summary>
    private static readonly string[] ReaderNames = ["id", "label", "start", "end", "weight", "kind", "pid", "networkx_key"];

    private static readonly (string, AttributeKind)[] Position = [("x", AttributeKind.Double), ("y", AttributeKind.Double)];

    /// <summary>
    /// Reads every node and edge once to learn the property names and the kind of their values. GraphML has no
    /// place for a node label but an attribute (<paramref name="labelColumn"/>); GEXF writes it on the element.
    /// </summary>
    public static (AttributeColumns Nodes, AttributeColumns Edges) Scan(NetworkDocument document, bool labelColumn, CancellationToken cancellationToken)
    {
        // GraphML has no place for a position either: a positioned document gets x and y columns; GEXF has viz:position.
        (string, AttributeKind)[] fixedColumns = labelColumn
            ? [("label", AttributeKind.String), ("type", AttributeKind.String), .. document.Positioned ? Position : []]
            : [("type", AttributeKind.String)];
        var nodes = new AttributeColumns(ReaderNames, fixedColumns);
        var edges = new AttributeColumns(
            [.. ReaderNames, "source", "target"],
            ("relation", AttributeKind.String),
            ("since", AttributeKind.String),
            ("until", AttributeKind.String),
            ("since_year", AttributeKind.Int),
            ("until_year", AttributeKind.Int),
            ("sources", AttributeKind.String));
        foreach (var node in document.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            nodes.Add(node.Properties);
        }
        foreach (var edge in document.Edges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            edges.Add(edge.Properties);
        }
        return (nodes.Seal("n"), edges.Seal("e"));
    }

    /// <summary>The fixed edge attributes that have a value: the relation, the dates and their years, the sources.</summary>
    public static IEnumerable<(string Name, string Value)> EdgeValues(NetworkEdge edge)
    {
        yield return ("relation", edge.Type);
        if (edge.Since is { } since)
            yield return ("since", since.Text);
        if (edge.Until is { } until)
            yield return ("until", until.Text);
        if (edge.Since is { } sinceYear)
            yield return ("since_year", sinceYear.Start.Year.ToString(CultureInfo.InvariantCulture));
        if (edge.Until is { } untilYear)
            yield return ("until_year", untilYear.Start.Year.ToString(CultureInfo.InvariantCulture));
        yield return ("sources", ExportText.Sources(edge.Sources));
    }
}
