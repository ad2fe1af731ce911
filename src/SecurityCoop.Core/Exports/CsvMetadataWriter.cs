namespace SecurityCoop.Core.Exports;

/// <summary>
/// The metadata of a CSV export as its own two-column CSV (<c>name</c>, <c>value</c>): <c>release</c>,
/// <c>scope</c>, <c>generated</c> and one <c>filter.&lt;name&gt;</c> row per filter. Strict CSV readers reject
/// comment lines, so the node, edge and dyad-year tables carry no metadata; ship this file beside them.
/// </summary>
public sealed class CsvMetadataWriter : INetworkWriter
{
    public string Format => "csv-metadata";

    public string MediaType => "text/csv";

    public string FileExtension => ".csv";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvExport.Open(output);
        await csv.RowAsync(["name", "value"], cancellationToken);
        foreach (var (name, value) in document.Metadata.Entries())
            await csv.RowAsync([name, value], cancellationToken);
        await csv.FinishAsync(cancellationToken);
    }
}
