using System.Text;

namespace SecurityCoop.Core.Sources;

/// <summary>
/// Where a fact comes from: a source document, a 1-based line in it, and a verbatim quote of that line. The quote is
/// kept as UTF-8, half the memory of a string for the mostly Latin text of the sources (a million relations hold a
/// million quotes), and decoded when read. Sources are equal when document, line and quote are.
/// </summary>
public sealed class Source(string document, int line, string quote) : IEquatable<Source>
{
    private readonly byte[] quote = Encoding.UTF8.GetBytes(quote);

    public string Document { get; } = document;

    public int Line { get; } = line;

    public string Quote => Encoding.UTF8.GetString(quote);

    public void Deconstruct(out string document, out int line, out string quote) => (document, line, quote) = (Document, Line, Quote);

    public bool Equals(Source? other) =>
        other is not null && Line == other.Line && string.Equals(Document, other.Document, StringComparison.Ordinal) && quote.AsSpan().SequenceEqual(other.quote);

    public override bool Equals(object? obj) => Equals(obj as Source);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Document, StringComparer.Ordinal);
        hash.Add(Line);
        hash.AddBytes(quote);
        return hash.ToHashCode();
    }

    public override string ToString() => $"Source {{ Document = {Document}, Line = {Line}, Quote = {Quote} }}";

    public static bool operator ==(Source? left, Source? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(Source? left, Source? right) => !(left == right);
}
