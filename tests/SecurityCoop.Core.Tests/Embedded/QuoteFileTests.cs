using System.Text;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;

namespace SecurityCoop.Tests.Embedded;

/// <summary>
/// The embedded store reads quotes back from the kept document files rather than holding them: whatever the file's
/// layout (byte order mark, CRLF, a lone CR, letters of several UTF-8 lengths before the quote), the quote it answers is
/// the one the dataset gives; a document that is not valid UTF-8 and a quote in a document without kept text are kept
/// in memory and answered the same. The files are held open from the start, so a release deleted or replaced on disk
/// while the store runs does not change its answers.
/// </summary>
public sealed class QuoteFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-quotes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\r", false)]
    public async Task Quotes_read_back_from_the_file_are_the_dataset_s_quotes(string newline, bool byteOrderMark)
    {
        string[] lines = ["first line", "Bé Côte d'Ivoire — 東京 and 𝔘 then the quoted passage ends here.", "", "last: ümlaut quote"];
        WriteDocument("a.txt", Encoding.UTF8.GetBytes(string.Join(newline, lines) + newline), byteOrderMark);
        WriteDocument("b.txt", [.. Encoding.UTF8.GetBytes("ok line\n"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" bad byte then quote here\n")], false);
        (string Document, int Line, string Quote)[] quotes =
        [
            ("a.txt", 2, "then the quoted passage ends here."),
            ("a.txt", 2, "Bé Côte"),
            ("a.txt", 4, "ümlaut quote"),
            ("b.txt", 1, "ok line"),
            ("c.txt", 9, "a document whose text is not kept"),
        ];
        WriteDataset(quotes);

        var store = new EmbeddedGraphStore(DatasetLoader.Load(folder));
        Directory.Delete(Path.Combine(folder, "documents"), recursive: true);
        var relations = await store.GetRelationsByIdAsync([.. quotes.Select((_, i) => Id(i))], CancellationToken.None);

        Assert.Equal(quotes, relations.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => (r.Sources[0].Document, r.Sources[0].Line, r.Sources[0].Quote)));
    }

    private static string Id(int i) => $"rel:cooperates_with:{i}";

    private void WriteDocument(string name, byte[] text, bool byteOrderMark)
    {
        Directory.CreateDirectory(Path.Combine(folder, "documents"));
        File.WriteAllBytes(Path.Combine(folder, "documents", name), byteOrderMark ? [0xEF, 0xBB, 0xBF, .. text] : text);
    }

    private void WriteDataset((string Document, int Line, string Quote)[] quotes)
    {
        static string Source(string document, int line, string quote) =>
            $$"""{"document":"{{document}}","line":{{line}},"quote":"{{quote}}"}""";
        File.WriteAllLines(Path.Combine(folder, "documents.jsonl"), new[] { "a.txt", "b.txt", "c.txt" }.Select(d =>
            $$"""{"id":"{{d}}","title":"T","authors":["X"],"year":2020,"kind":"article","language":"en","citation":"X (2020)","lines":"1-based"}"""));
        Directory.CreateDirectory(Path.Combine(folder, "entities"));
        File.WriteAllLines(Path.Combine(folder, "entities", "states.jsonl"), new[] { "state:a", "state:b" }.Select(id =>
            $$"""{"id":"{{id}}","type":"State","name":"N {{id}}","sources":[{{Source("c.txt", 1, "name")}}]}"""));
        Directory.CreateDirectory(Path.Combine(folder, "relations"));
        File.WriteAllLines(Path.Combine(folder, "relations", "cooperates_with.jsonl"), quotes.Select((q, i) =>
            $$"""{"id":"{{Id(i)}}","type":"COOPERATES_WITH","from":"state:a","to":"state:b","props":{},"sources":[{{Source(q.Document, q.Line, q.Quote)}}]}"""));
    }
}
