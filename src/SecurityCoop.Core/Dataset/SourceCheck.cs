using System.Text.RegularExpressions;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>
/// The source rules: every fact has a source; every source names a catalogued document, a line from 1 and a quote; where
/// the document's text is kept in <c>documents/</c>, the line exists and holds the quote verbatim. The catalogue itself
/// has one record per document, and its line count matches the kept text.
/// </summary>
internal sealed partial class SourceCheck
{
    private readonly Dictionary<string, SourceDocument> catalogue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocumentText> texts;
    private readonly List<DatasetProblem> problems;

    public SourceCheck(DatasetReader data, List<DatasetProblem> problems)
    {
        this.problems = problems;
        texts = data.Texts;
        foreach (var (file, _, document) in data.Documents)
        {
            if (!catalogue.TryAdd(document.Id, document))
                problems.Add(new(file, document.Id, "the catalogue lists this document more than once"));
            else if (document.LineCount is { } count && texts.TryGetValue(document.Id, out var text) && text.Lines.Length != count)
                problems.Add(new(file, document.Id, $"lineCount is {count} but documents/{document.Id} has {text.Lines.Length} lines"));
        }
    }

    /// <param name="fact">For the sources of one fact, its key; messages then name it.</param>
    public void Check(string file, string id, IReadOnlyList<Source> sources, string? fact = null)
    {
        var problems = fact is null ? this.problems : new List<DatasetProblem>();
        Check(file, id, sources, problems);
        if (fact is not null)
            this.problems.AddRange(problems.Select(p => p with { Message = $"source of '{fact}': {p.Message}" }));
    }

    private void Check(string file, string id, IReadOnlyList<Source> sources, List<DatasetProblem> problems)
    {
        if (sources.Count == 0)
            problems.Add(new(file, id, "has no source: every fact needs at least one {document, line, quote}"));
        foreach (var source in sources)
        {
            if (source.Document.Length == 0 || source.Line < 1 || string.IsNullOrWhiteSpace(source.Quote))
                problems.Add(new(file, id, $"source '{source.Document}' line {source.Line} needs a document, a line from 1 and a quote"));
            else if (PercentEncoded().IsMatch(source.Quote))
                problems.Add(new(file, id, $"the quote at line {source.Line} is percent-encoded text of a link: \"{Shorten(source.Quote)}\"; quote the words of the text"));
            else if (!catalogue.ContainsKey(source.Document))
                problems.Add(new(file, id, $"source document '{source.Document}' is not in documents.jsonl; catalogue it (title, authors, year, kind, language, citation) or correct the name"));
            else if (texts.TryGetValue(source.Document, out var text))
                CheckQuote(file, id, source, text.Lines, problems);
        }
    }

    private static void CheckQuote(string file, string id, Source source, string[] lines, List<DatasetProblem> problems)
    {
        if (source.Line > lines.Length)
            problems.Add(new(file, id, $"line {source.Line} is past the end of {source.Document}, which has {lines.Length} lines"));
        else if (!lines[source.Line - 1].Contains(source.Quote, StringComparison.Ordinal))
            problems.Add(new(file, id, $"the quote is not verbatim in line {source.Line} of {source.Document}: \"{Shorten(source.Quote)}\""));
    }

    [GeneratedRegex("%[0-9A-Fa-f]{2}")]
    private static partial Regex PercentEncoded();

    private static string Shorten(string quote) => quote.Length <= 60 ? quote : quote[..57] + "...";
}
