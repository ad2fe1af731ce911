using System.Text.Json;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class VisNetworkJsonWriterTests
{
    private static async Task<JsonElement> ExportAsync()
    {
        using var output = await WriteAsync(new VisNetworkJsonWriter());
        using var json = await JsonDocument.ParseAsync(output, cancellationToken: Cancel);
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task Writes_nodes_grouped_by_type_and_edges_from_and_to_with_the_relation_as_label()
    {
        var root = await ExportAsync();

        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["State", "State", "Organisation"], nodes.Select(n => n.GetProperty("group").GetString()));
        Assert.Equal(Tricky, nodes[0].GetProperty("properties").GetProperty("note").GetString());
        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(["rel:alpha-x:member", "rel:alpha-x:observer", "rel:beta-x:member"], edges.Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(("state:alpha", "org:x", "OBSERVER_OF"), (edges[1].GetProperty("from").GetString(), edges[1].GetProperty("to").GetString(), edges[1].GetProperty("label").GetString()));
        Assert.Equal(("2016", "founding"), (edges[0].GetProperty("until").GetString(), edges[0].GetProperty("properties").GetProperty("role").GetString()));
        Assert.False(edges[1].TryGetProperty("until", out _));
    }

    [Fact]
    public async Task Carries_the_metadata_under_metadata()
    {
        var metadata = (await ExportAsync()).GetProperty("metadata");

        Assert.Equal(("2024.1", "2025-03-04T05:06:07+00:00"), (metadata.GetProperty("release").GetString(), metadata.GetProperty("generated").GetString()));
    }
}
