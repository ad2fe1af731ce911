using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class PropertyFiguresTests
{
    private static IReadOnlyDictionary<string, string> Exported(params (string Key, string Value)[] props) =>
        new Node("org:x", NodeType.Organisation, "X", null, [], Props(props), [TinyGraph.Cite("X")]).ToNetworkNode().Properties;

    [Fact]
    public void A_figure_with_the_year_it_holds_for_gains_its_number_and_year_beside_the_verbatim_text()
    {
        var properties = Exported(("member_count", "9 (2023)"), ("budget", "1,250.5 (2019)"));

        Assert.Equal(("9 (2023)", "9", "2023"), (properties["member_count"], properties["member_count_value"], properties["member_count_year"]));
        Assert.Equal(("1250.5", "2019"), (properties["budget_value"], properties["budget_year"]));
    }

    [Fact]
    public void A_number_written_with_thousands_separators_gains_its_value()
    {
        var properties = Exported(("cost_usd", "14,300,000,000"));

        Assert.Equal(("14,300,000,000", "14300000000"), (properties["cost_usd"], properties["cost_usd_value"]));
        Assert.False(properties.ContainsKey("cost_usd_year"));
    }

    [Fact]
    public void A_derived_column_is_named_after_the_name_the_property_is_written_under()
    {
        var properties = Exported(("kind", "3 (2020)"));

        Assert.Equal(("3", "2020"), (properties["prop_kind_value"], properties["prop_kind_year"]));
    }

    [Theory]
    [InlineData("10 (current, per chapter line 44)")]
    [InlineData("2016 (13,184 cases)")]
    [InlineData("39-47")]
    [InlineData("1,23")]
    [InlineData("2011, 2015")]
    [InlineData("9 (23)")]
    [InlineData("1991")]
    public void Nothing_else_is_read_as_a_figure(string value)
    {
        var properties = Exported(("figure", value));

        Assert.Equal([("figure", value)], properties.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void A_derived_name_the_node_already_has_keeps_its_own_value()
    {
        var properties = Exported(("count", "9 (2023)"), ("count_year", "as stated"));

        Assert.Equal(("9", "as stated"), (properties["count_value"], properties["count_year"]));
    }
}
