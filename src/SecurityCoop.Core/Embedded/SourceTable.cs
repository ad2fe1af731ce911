using System.Text;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The sources of many records as columns: per source its document, line and where its quote is. A quote that a kept
/// document file holds verbatim at a known place is read back from the file when an answer asks for it; any other quote
/// is kept as UTF-8 in one block. A record's sources are a list over the columns (<see cref="SourcesOf"/>) that makes each
/// source when it is read.
/// </summary>
internal sealed class SourceTable
{
    private readonly int[] start;
    private readonly int[] documents;
    private readonly int[] lines;
    private readonly long[] quoteAt; // a byte offset in the document's file, or, as ~offset, in kept
    private readonly int[] quoteLength;
    private readonly byte[] kept;
    private readonly string[] documentIds;
    private readonly QuoteFile?[] files;

    /// <param name="records">The sources of each record, in record number order.</param>
    /// <param name="texts">The kept document texts, by id, as read with the dataset.</param>
    public SourceTable(IReadOnlyList<IReadOnlyList<Source>> records, IReadOnlyDictionary<string, DocumentText>? texts)
    {
        start = new int[records.Count + 1];
        var count = 0;
        for (var r = 0; r < records.Count; r++)
        {
            start[r] = count;
            count += records[r].Count;
        }
        start[records.Count] = count;
        documents = new int[count];
        lines = new int[count];
        quoteAt = new long[count];
        quoteLength = new int[count];
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var documentList = new List<string>();
        var fileList = new List<QuoteFile?>();
        using var block = new MemoryStream();
        var at = 0;
        foreach (var sources in records)
        {
            foreach (var source in sources)
            {
                if (!ids.TryGetValue(source.Document, out var document))
                {
                    document = documentList.Count;
                    ids.Add(source.Document, document);
                    documentList.Add(source.Document);
                    fileList.Add(texts?.GetValueOrDefault(source.Document) is { LineStarts: not null } text ? new QuoteFile(text.Path) : null);
                }
                documents[at] = document;
                lines[at] = source.Line;
                var quote = source.Quote;
                if (fileList[document] is not null && FindInFile(texts![source.Document], source.Line, quote) is { } found)
                    (quoteAt[at], quoteLength[at]) = found;
                else
                {
                    var bytes = Encoding.UTF8.GetBytes(quote);
                    (quoteAt[at], quoteLength[at]) = (~block.Position, bytes.Length);
                    block.Write(bytes);
                }
                at++;
            }
        }
        kept = block.ToArray();
        documentIds = [.. documentList];
        files = [.. fileList];
    }

    private SourceTable(BinaryReader reader, string? directory)
    {
        start = reader.ReadArray<int>();
        documents = reader.ReadArray<int>();
        lines = reader.ReadArray<int>();
        quoteAt = reader.ReadArray<long>();
        quoteLength = reader.ReadArray<int>();
        kept = reader.ReadArray<byte>();
        documentIds = reader.ReadStrings();
        var backed = reader.ReadArray<bool>();
        if (backed.Length != documentIds.Length || (directory is null && backed.Contains(true)))
            throw new InvalidDataException("The snapshot's quote files do not match its documents.");
        files = [.. documentIds.Select((id, i) => backed[i] ? new QuoteFile(Path.Combine(directory!, "documents", id)) : null)];
    }

    /// <summary>Writes the columns; quotes read from files stay where they are (<see cref="Read"/> opens the files again).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.WriteArray(start);
        writer.WriteArray(documents);
        writer.WriteArray(lines);
        writer.WriteArray(quoteAt);
        writer.WriteArray(quoteLength);
        writer.WriteArray(kept);
        writer.WriteStrings(documentIds);
        writer.WriteArray(files.Select(f => f is not null).ToArray());
    }

    /// <param name="directory">The dataset folder whose <c>documents/</c> the quote files are in.</param>
    public static SourceTable Read(BinaryReader reader, string? directory) => new(reader, directory);

    /// <summary>The sources of record <paramref name="record"/>: a list that makes each source as it is read.</summary>
    public IReadOnlyList<Source> SourcesOf(int record) =>
        start[record] == start[record + 1] ? [] : new Row(this, start[record], start[record + 1] - start[record]);

    private Source Make(int source)
    {
        var (document, at) = (documents[source], quoteAt[source]);
        return at >= 0
            ? new Source(documentIds[document], lines[source], files[document]!, at, quoteLength[source])
            : new Source(documentIds[document], lines[source], kept.AsSpan((int)~at, quoteLength[source]).ToArray());
    }

    private sealed class Row(SourceTable table, int first, int count) : IReadOnlyList<Source>
    {
        public int Count => count;

        public Source this[int index] => (uint)index < (uint)count ? table.Make(first + index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Source> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
                yield return table.Make(first + i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Where in the file the quote is: its byte offset and length, when the line holds it.</summary>
    private static (long At, int Length)? FindInFile(DocumentText text, int line, string quote)
    {
        if (line < 1 || line > text.Lines.Length)
            return null;
        var content = text.Lines[line - 1];
        var index = content.IndexOf(quote, StringComparison.Ordinal);
        if (index < 0 || quote.Length == 0)
            return null;
        return (text.LineStarts![line - 1] + Encoding.UTF8.GetByteCount(content.AsSpan(0, index)), Encoding.UTF8.GetByteCount(quote));
    }
}
