using SecurityCoop.Core.Dates;

namespace SecurityCoop.Tests.Dates;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2016", 2016, null, null, DatePrecision.Year)]
    [InlineData("2016-06", 2016, 6, null, DatePrecision.Month)]
    [InlineData("2016-06-15", 2016, 6, 15, DatePrecision.Day)]
    public void Parses_each_precision(string text, int year, int? month, int? day, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("16")]
    [InlineData("2016-13")]
    [InlineData("2016-02-30")]
    [InlineData("2016/06")]
    [InlineData("June 2016")]
    [InlineData("")]
    public void Rejects_what_is_not_a_partial_date(string text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Theory]
    [InlineData("2016", "2016-06", 0)]
    [InlineData("2016-05", "2016-06", -1)]
    [InlineData("2016-06-30", "2016-06", 0)]
    [InlineData("2017", "2016-12-31", 1)]
    public void Compares_at_the_coarser_precision(string a, string b, int expected)
    {
        Assert.Equal(expected, Math.Sign(PartialDate.Parse(a).CompareAtCommonPrecision(PartialDate.Parse(b))));
    }

    [Fact]
    public void A_span_keeps_its_start_and_end_and_rejects_an_end_before_the_start()
    {
        Assert.True(DateValue.TryParse("2022-03-28/2022-03-29", out var span));
        Assert.Equal((28, 29), (span!.Start.Day, span.End.Day));
        Assert.True(span.IsSpan);
        Assert.False(DateValue.TryParse("1996/1995", out _));
    }
}
