namespace SecurityCoop.Core.Exports;

/// <summary>
/// The nodes as an RFC 4180 CSV table, as Gephi's spreadsheet import, pandas and R read it: <c>id</c>,
/// <c>label</c>, <c>type</c>, then one column per property name in name order (empty where a node lacks it).
/// </summary>
public sealed class CsvNodeListWriter : INetworkWriter
{
    public string Format => "csv-nodes";

    public string MediaType => "text/csv";

    public string FileExtension => ".csv";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var columns = new AttributeColumns([], ("id", AttributeKind.String), ("label", AttributeKind.String), ("type", AttributeKind.String));
        foreach (var node in document.Nodes)
            columns.Add(node.Properties);
        columns.Seal("c");

        await using var csv = CsvExport.Open(output);
        await csv.RowAsync([.. columns.All.Select(c => c.Name)], cancellationToken);
        foreach (var node in document.Nodes)
        {
            var row = new string?[columns.All.Count];
            (row[0], row[1], row[2]) = (node.Id, node.Label, node.Type);
            foreach (var (column, value) in columns.Properties(node.Properties))
                row[column.Index] = value;
            await csv.RowAsync(row, cancellationToken);
        }
        await csv.FinishAsync(cancellationToken);
    }
}
