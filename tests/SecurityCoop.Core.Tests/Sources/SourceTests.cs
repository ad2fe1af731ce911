using SecurityCoop.Core.Sources;

namespace SecurityCoop.Tests.Sources;

/// <summary>A source keeps its quote compactly but reads back exactly, and compares by document, line and quote.</summary>
public sealed class SourceTests
{
    [Theory]
    [InlineData("plain ASCII text")]
    [InlineData("Côte d'Ivoire, Türkiye, 上海合作组织, Россия — “quoted” 😀")]
    [InlineData("")]
    public void The_quote_reads_back_as_written(string quote)
    {
        var source = new Source("a.txt", 3, quote);

        Assert.Equal(quote, source.Quote);
        var (document, line, again) = source;
        Assert.Equal(("a.txt", 3, quote), (document, line, again));
    }

    [Fact]
    public void Sources_are_equal_when_document_line_and_quote_are()
    {
        var source = new Source("a.txt", 3, "the text");

        Assert.Equal(source, new Source("a.txt", 3, "the text"));
        Assert.Equal(source.GetHashCode(), new Source("a.txt", 3, "the text").GetHashCode());
        Assert.True(source == new Source("a.txt", 3, "the text"));
        Assert.NotEqual(source, new Source("a.txt", 3, "the text."));
        Assert.NotEqual(source, new Source("a.txt", 4, "the text"));
        Assert.NotEqual(source, new Source("b.txt", 3, "the text"));
        Assert.Single(new[] { source, new Source("a.txt", 3, "the text") }.Distinct());
    }
}
