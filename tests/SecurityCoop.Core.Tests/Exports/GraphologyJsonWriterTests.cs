using System.Text.Json;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class GraphologyJsonWriterTests
{
    private static async Task<JsonElement> ExportAsync()
    {
        using var output = await WriteAsync(new GraphologyJsonWriter());
        using var json = await JsonDocument.ParseAsync(output, cancellationToken: Cancel);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Declares_a_directed_multigraph_with_self_loops_in_its_options()
    {
        var options = (await ExportAsync()).GetProperty("options");

        Assert.Equal("directed", options.GetProperty("type").GetString());
        Assert.True(options.GetProperty("multi").GetBoolean());
        Assert.True(options.GetProperty("allowSelfLoops").GetBoolean());
    }

    [Fact]
    public async Task Writes_keys_ends_and_attributes_with_the_node_type_as_nodeType()
    {
        var root = await ExportAsync();

        var alpha = root.GetProperty("nodes")[0];
        Assert.Equal("state:alpha", alpha.GetProperty("key").GetString());
        Assert.Equal(("Alpha", "State", Tricky), (
            alpha.GetProperty("attributes").GetProperty("label").GetString(),
            alpha.GetProperty("attributes").GetProperty("nodeType").GetString(),
            alpha.GetProperty("attributes").GetProperty("note").GetString()));
        Assert.False(alpha.GetProperty("attributes").TryGetProperty("type", out _));
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(3, edges.Count);
        Assert.Equal(("rel:alpha-x:observer", "state:alpha", "org:x"), (edges[1].GetProperty("key").GetString(), edges[1].GetProperty("source").GetString(), edges[1].GetProperty("target").GetString()));
        Assert.Equal("2001-06-15", edges[0].GetProperty("attributes").GetProperty("since").GetString());
        Assert.False(edges[1].GetProperty("attributes").TryGetProperty("since", out _));
    }

    [Fact]
    public async Task Carries_the_metadata_as_the_graph_attributes()
    {
        var attributes = (await ExportAsync()).GetProperty("attributes");

        Assert.Equal(("org:x neighbourhood", "MEMBER, OBSERVER"), (attributes.GetProperty("scope").GetString(), attributes.GetProperty("filters").GetProperty("roles").GetString()));
    }
}
