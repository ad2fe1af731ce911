using System.Globalization;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// The edges as an RFC 4180 CSV table: <c>id</c>, <c>source</c>, <c>target</c>, <c>relation</c>, <c>since</c>,
/// <c>until</c>, <c>since_year</c>, <c>until_year</c>, <c>sources</c> (a JSON array of {document, line, quote}),
/// then one column per property name. The relation is not called <c>type</c> because Gephi's import reads a
/// <c>type</c> column as directed or undirected.
/// </summary>
public sealed class CsvEdgeListWriter : INetworkWriter
{
    private static readonly string[] Fixed = ["id", "source", "target", "relation", "since", "until", "since_year", "until_year", "sources"];

    public string Format => "csv-edges";

    public string MediaType => "text/csv";

    public string FileExtension => ".csv";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var columns = new AttributeColumns(["type"], [.. Fixed.Select(name => (name, AttributeKind.String))]);
        foreach (var edge in document.Edges)
            columns.Add(edge.Properties);
        columns.Seal("c");

        await using var csv = CsvExport.Open(output);
        await csv.RowAsync([.. columns.All.Select(c => c.Name)], cancellationToken);
        foreach (var edge in document.Edges)
        {
            var row = new string?[columns.All.Count];
            string?[] fixedValues =
            [
                edge.Id, edge.Source, edge.Target, edge.Type, edge.Since?.Text, edge.Until?.Text,
                Year(edge.Since?.Start.Year), Year(edge.Until?.Start.Year), ExportText.Sources(edge.Sources),
            ];
            fixedValues.CopyTo(row, 0);
            foreach (var (column, value) in columns.Properties(edge.Properties))
                row[column.Index] = value;
            await csv.RowAsync(row, cancellationToken);
        }
        await csv.FinishAsync(cancellationToken);
    }

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);
}
