using System.Text.Json;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class CytoscapeJsonWriterTests
{
    private static async Task<JsonElement> ExportAsync()
    {
        using var output = await WriteAsync(new CytoscapeJsonWriter());
        using var json = await JsonDocument.ParseAsync(output, cancellationToken: Cancel);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Writes_elements_whose_data_holds_ids_ends_and_flat_fields()
    {
        var elements = (await ExportAsync()).GetProperty("elements");

        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        Assert.Equal(["state:alpha", "state:beta", "org:x"], nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(("X <Org>", "Organisation"), (nodes[2].GetProperty("label").GetString(), nodes[2].GetProperty("type").GetString()));
        Assert.Equal(Tricky, nodes[0].GetProperty("note").GetString());
        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        Assert.Equal(["rel:alpha-x:member", "rel:alpha-x:observer", "rel:beta-x:member"], edges.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(("state:alpha", "org:x", "founding"), (edges[1].GetProperty("source").GetString(), edges[1].GetProperty("target").GetString(), edges[0].GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Dates_the_dated_edges_only_and_keeps_their_sources()
    {
        var edges = (await ExportAsync()).GetProperty("elements").GetProperty("edges");

        Assert.Equal(2016, edges[0].GetProperty("data").GetProperty("until_year").GetInt32());
        Assert.Equal("2004", edges[2].GetProperty("data").GetProperty("since").GetString());
        Assert.False(edges[1].GetProperty("data").TryGetProperty("since", out _));
        Assert.Equal("observer", edges[1].GetProperty("data").GetProperty("sources")[0].GetProperty("quote").GetString());
    }

    [Fact]
    public async Task Renames_a_property_that_cytoscape_would_read_as_an_element_field()
    {
        var node = new NetworkNode("org:x", "Organisation", "X", Props(("parent", "org:un"), ("id", "42")));
        using var output = await WriteAsync(new CytoscapeJsonWriter(), Document with { Nodes = [node], Edges = [] });
        using var json = await JsonDocument.ParseAsync(output, cancellationToken: Cancel);

        var data = json.RootElement.GetProperty("elements").GetProperty("nodes")[0].GetProperty("data");

        Assert.Equal(("org:x", "org:un", 42), (data.GetProperty("id").GetString(), data.GetProperty("prop_parent").GetString(), data.GetProperty("prop_id").GetInt32()));
        Assert.False(data.TryGetProperty("parent", out _));
    }

    [Fact]
    public async Task Carries_the_metadata_as_the_graph_data()
    {
        var data = (await ExportAsync()).GetProperty("data");

        Assert.Equal(("2024.1", "2010"), (data.GetProperty("release").GetString(), data.GetProperty("filters").GetProperty("asOf").GetString()));
    }
}
