using System.Text.Json;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class NodeLinkJsonWriterTests
{
    private static async Task<JsonElement> ExportAsync()
    {
        using var output = await WriteAsync(new NodeLinkJsonWriter());
        using var json = await JsonDocument.ParseAsync(output, cancellationToken: Cancel);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Writes_a_directed_multigraph_whose_parallel_links_keep_their_own_keys()
    {
        var root = await ExportAsync();

        Assert.True(root.GetProperty("directed").GetBoolean());
        Assert.True(root.GetProperty("multigraph").GetBoolean());
        Assert.Equal(["state:alpha", "state:beta", "org:x"], root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        var alphaToX = root.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("source").GetString() == "state:alpha" && l.GetProperty("target").GetString() == "org:x")
            .Select(l => l.GetProperty("key").GetString());
        Assert.Equal(["rel:alpha-x:member", "rel:alpha-x:observer"], alphaToX);
    }

    [Fact]
    public async Task Keeps_labels_types_properties_dates_and_sources_with_their_text_intact()
    {
        var root = await ExportAsync();

        var alpha = root.GetProperty("nodes")[0];
        Assert.Equal(("Alpha", "State", Tricky), (alpha.GetProperty("label").GetString(), alpha.GetProperty("type").GetString(), alpha.GetProperty("note").GetString()));
        var member = root.GetProperty("links")[0];
        Assert.Equal("MEMBER_OF", member.GetProperty("relation").GetString());
        Assert.Equal(("2001-06-15", 2001), (member.GetProperty("since").GetString(), member.GetProperty("since_year").GetInt32()));
        Assert.Equal(("2016", 2016), (member.GetProperty("until").GetString(), member.GetProperty("until_year").GetInt32()));
        Assert.Equal(Tricky, member.GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.False(root.GetProperty("links")[1].TryGetProperty("since", out _));
    }

    [Fact]
    public async Task Carries_the_metadata_as_the_graph_attributes()
    {
        var graph = (await ExportAsync()).GetProperty("graph");

        Assert.Equal("2024.1", graph.GetProperty("release").GetString());
        Assert.Equal("org:x neighbourhood", graph.GetProperty("scope").GetString());
        Assert.Equal("2025-03-04T05:06:07+00:00", graph.GetProperty("generated").GetString());
        Assert.Equal("MEMBER, OBSERVER", graph.GetProperty("filters").GetProperty("roles").GetString());
    }
}
