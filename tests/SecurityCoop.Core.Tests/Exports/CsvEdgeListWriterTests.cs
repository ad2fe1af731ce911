using System.Text.Json;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class CsvEdgeListWriterTests
{
    [Fact]
    public async Task Lists_every_edge_with_its_ends_relation_and_dates()
    {
        var rows = CsvTable.Rows(await WriteTextAsync(new CsvEdgeListWriter()));

        Assert.Equal(["rel:alpha-x:member", "rel:alpha-x:observer", "rel:beta-x:member"], rows.Select(r => r["id"]));
        Assert.Equal(("state:alpha", "org:x", "OBSERVER_OF"), (rows[1]["source"], rows[1]["target"], rows[1]["relation"]));
        Assert.Equal(("2001-06-15", "2016", "2001", "2016"), (rows[0]["since"], rows[0]["until"], rows[0]["since_year"], rows[0]["until_year"]));
        Assert.Equal(("", "", ""), (rows[1]["since"], rows[1]["until"], rows[1]["role"]));
        Assert.Equal(("founding", Tricky), (rows[0]["role"], rows[0]["note"]));
        Assert.DoesNotContain("type", rows[0].Keys);
    }

    [Fact]
    public async Task Writes_the_sources_as_a_json_array_in_one_field()
    {
        var rows = CsvTable.Rows(await WriteTextAsync(new CsvEdgeListWriter()));

        using var sources = JsonDocument.Parse(rows[0]["sources"]);
        var source = sources.RootElement[0];
        Assert.Equal(("doc.txt", 3, Tricky), (source.GetProperty("document").GetString(), source.GetProperty("line").GetInt32(), source.GetProperty("quote").GetString()));
        Assert.Equal("[]", rows[2]["sources"]);
    }
}
