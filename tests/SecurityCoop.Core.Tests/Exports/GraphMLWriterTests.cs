using System.Xml.Linq;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class GraphMLWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static async Task<XElement> ExportAsync()
    {
        using var output = await WriteAsync(new GraphMLWriter());
        return (await XDocument.LoadAsync(output, LoadOptions.None, Cancel)).Root!;
    }

    /// <summary>The data of an element by attribute name, through the keys the document declares.</summary>
    private static Dictionary<string, string> Data(XElement root, XElement element)
    {
        var names = root.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        return element.Elements(G + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
    }

    [Fact]
    public async Task Declares_typed_keys_for_graph_node_and_edge_attributes()
    {
        var root = await ExportAsync();

        var keys = root.Elements(G + "key").ToDictionary(
            k => ((string)k.Attribute("for")!, (string)k.Attribute("attr.name")!), k => (string)k.Attribute("attr.type")!);
        Assert.Equal("int", keys[("node", "founded")]);
        Assert.Equal("double", keys[("node", "share")]);
        Assert.Equal("boolean", keys[("node", "landlocked")]);
        Assert.Equal("string", keys[("node", "note")]);
        Assert.Equal("int", keys[("edge", "since_year")]);
        Assert.Equal("string", keys[("graph", "release")]);
        Assert.Equal(keys.Count, root.Elements(G + "key").Select(k => (string)k.Attribute("id")!).Distinct().Count());
    }

    [Fact]
    public async Task Writes_a_directed_graph_with_parallel_edges_and_their_dates()
    {
        var root = await ExportAsync();
        var graph = root.Element(G + "graph")!;

        Assert.Equal("directed", (string)graph.Attribute("edgedefault")!);
        Assert.Equal(3, graph.Elements(G + "node").Count());
        var edges = graph.Elements(G + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal(3, edges.Count);
        Assert.All(edges.Keys.Where(id => id.StartsWith("rel:alpha-x", StringComparison.Ordinal)), id =>
            Assert.Equal(("state:alpha", "org:x"), ((string)edges[id].Attribute("source")!, (string)edges[id].Attribute("target")!)));
        var member = Data(root, edges["rel:alpha-x:member"]);
        Assert.Equal(("MEMBER_OF", "2001-06-15", "2016", "2001"), (member["relation"], member["since"], member["until"], member["since_year"]));
        Assert.DoesNotContain("since", Data(root, edges["rel:alpha-x:observer"]).Keys);
    }

    [Fact]
    public async Task Keeps_text_with_markup_quotes_commas_and_line_breaks_intact()
    {
        var root = await ExportAsync();
        var graph = root.Element(G + "graph")!;

        var alpha = graph.Elements(G + "node").Single(n => (string)n.Attribute("id")! == "state:alpha");
        Assert.Equal(Tricky, Data(root, alpha)["note"]);
        var org = graph.Elements(G + "node").Single(n => (string)n.Attribute("id")! == "org:x");
        Assert.Equal("X <Org>", Data(root, org)["label"]);
        var member = graph.Elements(G + "edge").First();
        Assert.Contains("\"quote\":\"Tom & Jerry <cats>, \\\"quoted\\\"\\nsecond line\"", Data(root, member)["sources"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renames_properties_whose_names_the_format_or_its_readers_use()
    {
        var node = new NetworkNode("org:x", "Organisation", "X", Props(("label", "other"), ("id", "42"), ("mixed", "7")));
        var other = new NetworkNode("org:y", "Organisation", "Y", Props(("mixed", "seven")));
        using var output = await WriteAsync(new GraphMLWriter(), Document with { Nodes = [node, other], Edges = [] });
        var root = (await XDocument.LoadAsync(output, LoadOptions.None, Cancel)).Root!;

        var data = Data(root, root.Element(G + "graph")!.Elements(G + "node").First());

        Assert.Equal(("X", "other", "42"), (data["label"], data["prop_label"], data["prop_id"]));
        Assert.Equal("string", root.Elements(G + "key").Single(k => (string)k.Attribute("attr.name")! == "mixed").Attribute("attr.type")!.Value);
    }

    [Fact]
    public async Task Carries_the_metadata_as_graph_data()
    {
        var root = await ExportAsync();

        var metadata = Data(root, root.Element(G + "graph")!);
        Assert.Equal("2024.1", metadata["release"]);
        Assert.Equal("2025-03-04T05:06:07+00:00", metadata["generated"]);
        Assert.Equal("MEMBER, OBSERVER", metadata["filter.roles"]);
    }
}
