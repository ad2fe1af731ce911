namespace SecurityCoop.Core.Sources;

/// <summary>A document the dataset cites, as the catalogue (<c>data/documents.jsonl</c>) describes it.</summary>
/// <param name="Id">The file name every source names in its <c>document</c>.</param>
/// <param name="Citation">A short citation a reader recognises: authors, short title, kind and year.</param>
/// <param name="LineCounting">How the lines that sources cite are counted.</param>
/// <param name="References">The lines of its reference list: a source there cites a work, not a statement of the text.</param>
public sealed record SourceDocument(
    string Id,
    string Title,
    IReadOnlyList<string> Authors,
    int? Year,
    string Kind,
    string Language,
    string Citation,
    string LineCounting,
    int? LineCount = null,
    string? Publisher = null,
    string? Note = null,
    LineSpan? References = null);

/// <summary>Lines <paramref name="First"/> to <paramref name="Last"/> of a document, both included.</summary>
public readonly record struct LineSpan(int First, int Last)
{
    public bool Contains(int line) => line >= First && line <= Last;
}
