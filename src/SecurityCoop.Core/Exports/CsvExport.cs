using System.Buffers;
using System.Text;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// RFC 4180 CSV over the output stream: UTF-8 without a byte order mark, CRLF line ends, a field quoted when it
/// holds a comma, a double quote or a line break, with its quotes doubled. No comment lines, so strict readers
/// accept it; the metadata travels in its own file (<see cref="CsvMetadataWriter"/>).
/// </summary>
internal sealed class CsvExport(StreamWriter writer) : IAsyncDisposable
{
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    public static CsvExport Open(Stream output) =>
        new(new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true));

    public async Task RowAsync(IReadOnlyList<string?> fields, CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
                line.Append(',');
            Append(line, fields[i] ?? "");
        }
        line.Append("\r\n");
        await writer.WriteAsync(line, cancellationToken);
    }

    public Task FinishAsync(CancellationToken cancellationToken) => writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => writer.DisposeAsync();

    private static void Append(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(NeedQuotes) < 0)
        {
            line.Append(field);
            return;
        }
        line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
