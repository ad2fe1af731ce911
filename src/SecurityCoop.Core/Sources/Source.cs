using System.Text;

namespace SecurityCoop.Core.Sources;

/// <summary>
/// Where a fact comes from: a source document, a 1-based line in it, and a verbatim quote of that line. The quote is
/// kept as UTF-8, half the memory of a string for the mostly Latin text of the sources (a million relations hold a
/// million quotes), and decoded when read; a store may instead read it back from the kept document file when it is
/// asked for (<see cref="QuoteFile"/>). Sources are equal when document, line and quote are.
/// </summary>
public sealed class Source : IEquatable<Source>
{
    private readonly byte[]? quote;
    private readonly QuoteFile? file;
    private readonly long quoteAt;
    private readonly int quoteLength;

    public Source(string document, int line, string quote)
    {
        Document = document;
        Line = line;
        this.quote = Encoding.UTF8.GetBytes(quote);
    }

    /// <summary>A source whose quote is the <paramref name="length"/> bytes at <paramref name="at"/> in <paramref name="file"/>.</summary>
    internal Source(string document, int line, QuoteFile file, long at, int length)
    {
        Document = document;
        Line = line;
        this.file = file;
        quoteAt = at;
        quoteLength = length;
    }

    /// <summary>A source whose quote is UTF-8 bytes the caller hands over and no longer changes.</summary>
    internal Source(string document, int line, byte[] quote)
    {
        Document = document;
        Line = line;
        this.quote = quote;
    }

    public string Document { get; }

    public int Line { get; }

    public string Quote => quote is not null ? Encoding.UTF8.GetString(quote) : file!.Read(quoteAt, quoteLength);

    /// <summary>The quote as UTF-8.</summary>
    internal ReadOnlySpan<byte> QuoteBytes => quote ?? Encoding.UTF8.GetBytes(Quote);

    public void Deconstruct(out string document, out int line, out string quote) => (document, line, quote) = (Document, Line, Quote);

    public bool Equals(Source? other) =>
        other is not null && Line == other.Line && string.Equals(Document, other.Document, StringComparison.Ordinal) && QuoteBytes.SequenceEqual(other.QuoteBytes);

    public override bool Equals(object? obj) => Equals(obj as Source);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Document, StringComparer.Ordinal);
        hash.Add(Line);
        hash.AddBytes(QuoteBytes);
        return hash.ToHashCode();
    }

    public override string ToString() => $"Source {{ Document = {Document}, Line = {Line}, Quote = {Quote} }}";

    public static bool operator ==(Source? left, Source? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(Source? left, Source? right) => !(left == right);
}
