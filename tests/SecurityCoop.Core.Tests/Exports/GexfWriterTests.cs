using System.Xml.Linq;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class GexfWriterTests
{
    private static readonly XNamespace X = "http://gexf.net/1.3";

    private static async Task<XElement> ExportAsync(GexfVersion version = GexfVersion.Gexf13)
    {
        using var output = await WriteAsync(new GexfWriter(version));
        return (await XDocument.LoadAsync(output, LoadOptions.None, Cancel)).Root!;
    }

    private static Dictionary<string, string> Values(XElement graph, string elementClass, XElement element)
    {
        var titles = graph.Elements(X + "attributes").Single(a => (string)a.Attribute("class")! == elementClass)
            .Elements(X + "attribute").ToDictionary(a => (string)a.Attribute("id")!, a => (string)a.Attribute("title")!);
        return element.Element(X + "attvalues")!.Elements(X + "attvalue")
            .ToDictionary(v => titles[(string)v.Attribute("for")!], v => (string)v.Attribute("value")!);
    }

    [Fact]
    public async Task Writes_a_dynamic_directed_gexf_1_3_graph_with_dates_as_times()
    {
        var root = await ExportAsync();

        Assert.Equal(("1.3", X.NamespaceName), ((string)root.Attribute("version")!, root.Name.NamespaceName));
        var graph = root.Element(X + "graph")!;
        Assert.Equal(("dynamic", "directed", "date"), ((string)graph.Attribute("mode")!, (string)graph.Attribute("defaultedgetype")!, (string)graph.Attribute("timeformat")!));
        var edges = graph.Element(X + "edges")!.Elements(X + "edge").ToDictionary(e => (string)e.Attribute("id")!);
        Assert.Equal(3, edges.Count);
        Assert.Equal(("2001-06-15", "2016-01-01"), ((string?)edges["rel:alpha-x:member"].Attribute("start"), (string?)edges["rel:alpha-x:member"].Attribute("end")));
        Assert.Equal(("2004-01-01", null), ((string?)edges["rel:beta-x:member"].Attribute("start"), (string?)edges["rel:beta-x:member"].Attribute("end")));
        Assert.Null(edges["rel:alpha-x:observer"].Attribute("start"));
        Assert.Equal(("state:alpha", "org:x"), ((string)edges["rel:alpha-x:observer"].Attribute("source")!, (string)edges["rel:alpha-x:observer"].Attribute("target")!));
    }

    [Fact]
    public async Task Declares_node_and_edge_attributes_with_types_and_keeps_tricky_values_intact()
    {
        var graph = (await ExportAsync()).Element(X + "graph")!;

        var nodeTypes = graph.Elements(X + "attributes").Single(a => (string)a.Attribute("class")! == "node")
            .Elements(X + "attribute").ToDictionary(a => (string)a.Attribute("title")!, a => (string)a.Attribute("type")!);
        Assert.Equal(("integer", "double", "boolean", "string"), (nodeTypes["founded"], nodeTypes["share"], nodeTypes["landlocked"], nodeTypes["note"]));
        var alpha = graph.Element(X + "nodes")!.Elements(X + "node").First();
        Assert.Equal(("state:alpha", "Alpha"), ((string)alpha.Attribute("id")!, (string)alpha.Attribute("label")!));
        Assert.Equal(("State", Tricky), (Values(graph, "node", alpha)["type"], Values(graph, "node", alpha)["note"]));
        var member = Values(graph, "edge", graph.Element(X + "edges")!.Elements(X + "edge").First());
        Assert.Equal(("2001-06-15", "2016", Tricky), (member["since"], member["until"], member["note"]));
    }

    [Fact]
    public async Task Carries_the_metadata_in_meta_one_line_per_entry()
    {
        var meta = (await ExportAsync()).Element(X + "meta")!;

        Assert.Equal("2025-03-04", (string)meta.Attribute("lastmodifieddate")!);
        Assert.Equal("SecurityCoop", meta.Element(X + "creator")!.Value);
        var lines = meta.Element(X + "description")!.Value.Split('\n');
        Assert.Contains("release: 2024.1", lines);
        Assert.Contains("scope: org:x neighbourhood", lines);
        Assert.Contains("filter.asOf: 2010", lines);
        Assert.Contains("release 2024.1", meta.Element(X + "keywords")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_ends_an_edge_before_it_starts_when_the_end_is_known_to_the_year_only()
    {
        var edge = new NetworkEdge("rel:observer", "OBSERVER_OF", "state:alpha", "org:x", Props(), Date("2017-06-09"), Date("2017"), []);
        using var output = await WriteAsync(new GexfWriter(GexfVersion.Gexf13), Document with { Edges = [edge] });

        var written = (await XDocument.LoadAsync(output, LoadOptions.None, Cancel)).Descendants(X + "edge").Single();

        Assert.Equal(("2017-06-09", "2017-06-09"), ((string?)written.Attribute("start"), (string?)written.Attribute("end")));
    }

    [Theory]
    [InlineData(GexfVersion.Gexf12Draft)]
    [InlineData(GexfVersion.Gexf13)]
    public async Task A_node_exists_on_the_timeline_from_its_start_to_its_end(GexfVersion version)
    {
        var founded = new NetworkNode("org:x", "Organisation", "X", Props()) { Start = Date("2001-06"), End = Date("2005") };
        var undated = new NetworkNode("state:y", "State", "Y", Props());
        using var output = await WriteAsync(new GexfWriter(version), Document with { Nodes = [founded, undated], Edges = [] });

        var nodes = (await XDocument.LoadAsync(output, LoadOptions.None, Cancel)).Descendants().Where(e => e.Name.LocalName == "node").ToList();

        Assert.Equal(("2001-06-01", "2005-01-01"), ((string?)nodes[0].Attribute("start"), (string?)nodes[0].Attribute("end")));
        Assert.Equal(((string?)null, (string?)null), ((string?)nodes[1].Attribute("start"), (string?)nodes[1].Attribute("end")));
    }

    [Fact]
    public void A_body_s_network_node_carries_its_lifetime()
    {
        var node = new SecurityCoop.Core.Nodes.Node("org:x", SecurityCoop.Core.Nodes.NodeType.Organisation, "X", null, [],
            new Dictionary<string, string> { ["founded"] = "2001-06-15", ["dissolved"] = "2010" }, []);

        var exported = SecurityCoop.Core.Exports.NetworkElements.ToNetworkNode(node);

        Assert.Equal(("2001-06-15", "2010"), (exported.Start?.Text, exported.End?.Text));
    }

    [Theory]
    [InlineData(GexfVersion.Gexf12Draft)]
    [InlineData(GexfVersion.Gexf13)]
    public async Task Parallel_edges_of_one_type_get_kinds_numbered_in_id_order_and_others_their_type(GexfVersion version)
    {
        NetworkEdge Linked(string id, string source = "state:alpha") => new(id, "LINKED_TO", source, "org:x", Props(), null, null, []);
        var edges = new[] { Linked("rel:c"), Linked("rel:a"), Linked("rel:b"), Linked("rel:d", "state:beta"), Document.Edges.First() };
        using var output = await WriteAsync(new GexfWriter(version), Document with { Edges = edges });

        var kinds = (await XDocument.LoadAsync(output, LoadOptions.None, Cancel)).Descendants().Where(e => e.Name.LocalName == "edge")
            .ToDictionary(e => (string)e.Attribute("id")!, e => (string?)e.Attribute("kind"));

        Assert.Equal(
            new Dictionary<string, string?> { ["rel:a"] = "LINKED_TO", ["rel:b"] = "LINKED_TO#2", ["rel:c"] = "LINKED_TO#3", ["rel:d"] = "LINKED_TO", ["rel:alpha-x:member"] = "MEMBER_OF" },
            kinds);
    }

    [Fact]
    public async Task Writes_by_default_the_1_2draft_namespace_that_networkx_and_graphology_read()
    {
        var root = await ExportAsync(GexfVersion.Gexf12Draft);

        Assert.Equal(("1.2", "http://www.gexf.net/1.2draft"), ((string)root.Attribute("version")!, root.Name.NamespaceName));
        Assert.Equal("gexf", new GexfWriter().Format);
        Assert.Equal("gexf-1.3", new GexfWriter(GexfVersion.Gexf13).Format);
    }
}
