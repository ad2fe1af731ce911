using System.Text.Json;
using System.Xml.Linq;
using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class NetworkWritersTests
{
    public static TheoryData<string> Formats => [.. NetworkWriters.Default.Formats];

    [Fact]
    public void Finds_every_format_by_name_whatever_its_case()
    {
        Assert.Equal(
            ["node-link", "cytoscape", "graphology", "vis-network", "graphml", "gexf", "gexf-1.3", "csv-nodes", "csv-edges", "csv-metadata", "dyad-year"],
            NetworkWriters.Default.Formats);
        Assert.IsType<GraphMLWriter>(NetworkWriters.Default.Get("GraphML"));
        Assert.Equal(("application/gexf+xml", ".gexf"), (NetworkWriters.Default.Get("gexf").MediaType, NetworkWriters.Default.Get("gexf").FileExtension));
    }

    /// <summary>The formats that write node properties: all but the dyad table and the metadata file.</summary>
    public static TheoryData<string> PropertyFormats => [.. NetworkWriters.Default.Formats.Where(f => f is not ("dyad-year" or "csv-metadata" or "csv-edges"))];

    [Theory]
    [MemberData(nameof(PropertyFormats))]
    public async Task A_property_named_as_any_format_s_own_field_has_the_same_prefixed_name_in_every_format(string format)
    {
        var document = Document with { Nodes = [new("doc:t", "Agreement", "T", Props(("kind", "treaty"), ("x", "east"), ("weight", "heavy"), ("members", "9 (2023)")))], Edges = [] };

        var text = await WriteTextAsync(NetworkWriters.Default.Get(format), document);

        foreach (var name in new[] { "prop_kind", "prop_x", "prop_weight", "members" })
            Assert.Contains(name, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\":\"treaty\"", text, StringComparison.Ordinal);
    }

    /// <summary>Two nodes: a whole number, a long one, a fraction and a column that is a number in one node and text in the other.</summary>
    private static NetworkDocument Figures => Document with
    {
        Nodes =
        [
            new("org:a", "Organisation", "A", Props(("members_value", "9"), ("cost_value", "14300000000"), ("share", "0.25"), ("mixed", "1"))),
            new("org:b", "Organisation", "B", Props(("members_value", "12"), ("mixed", "one"))),
        ],
        Edges = [],
    };

    public static TheoryData<string> JsonFormats => ["node-link", "cytoscape", "graphology", "vis-network"];

    [Theory]
    [MemberData(nameof(JsonFormats))]
    public async Task A_JSON_format_writes_a_property_whose_values_are_all_numbers_as_numbers(string format)
    {
        var root = JsonDocument.Parse(await WriteTextAsync(NetworkWriters.Default.Get(format), Figures)).RootElement;

        var a = Objects(root).First(o => o.TryGetProperty("cost_value", out _));
        Assert.Equal((9, 14300000000L, 0.25), (a.GetProperty("members_value").GetInt32(), a.GetProperty("cost_value").GetInt64(), a.GetProperty("share").GetDouble()));
        Assert.Equal(JsonValueKind.String, a.GetProperty("mixed").ValueKind);
    }

    [Theory]
    [InlineData("graphml", "int", "long", "double")]
    [InlineData("gexf", "integer", "long", "double")]
    [InlineData("gexf-1.3", "integer", "long", "double")]
    public async Task An_XML_format_declares_numeric_columns_with_the_narrowest_type_that_holds_them(string format, string whole, string big, string real)
    {
        var root = XDocument.Parse(await WriteTextAsync(NetworkWriters.Default.Get(format), Figures)).Root!;

        var types = root.Descendants().Where(e => e.Name.LocalName is "key" or "attribute")
            .ToDictionary(e => (string?)e.Attribute("attr.name") ?? (string)e.Attribute("title")!, e => (string?)e.Attribute("attr.type") ?? (string)e.Attribute("type")!);
        Assert.Equal((whole, big, real, "string"), (types["members_value"], types["cost_value"], types["share"], types["mixed"]));
    }

    private static NetworkDocument Positioned => Document with
    {
        Nodes = [.. Document.Nodes.Select((n, i) => n with { Position = new NetworkPosition(1.5 + i, 1 - (2.25 * i)) })],
        Positioned = true,
    };

    [Theory]
    [InlineData("graphology")]
    [InlineData("vis-network")]
    [InlineData("node-link")]
    public async Task A_laid_out_JSON_export_gives_every_node_numeric_x_and_y(string format)
    {
        var root = JsonDocument.Parse(await WriteTextAsync(NetworkWriters.Default.Get(format), Positioned)).RootElement;

        var placed = Objects(root).Where(o => o.TryGetProperty("x", out _)).Select(o => (o.GetProperty("x").GetDouble(), o.GetProperty("y").GetDouble()));
        Assert.Equal([(1.5, 1), (2.5, -1.25), (3.5, -3.5)], placed);
    }

    [Fact]
    public async Task A_laid_out_Cytoscape_export_gives_every_node_element_a_position()
    {
        var root = JsonDocument.Parse(await WriteTextAsync(new CytoscapeJsonWriter(), Positioned)).RootElement;

        var position = root.GetProperty("elements").GetProperty("nodes")[1].GetProperty("position");
        Assert.Equal((2.5, -1.25), (position.GetProperty("x").GetDouble(), position.GetProperty("y").GetDouble()));
    }

    [Theory]
    [InlineData(GexfVersion.Gexf12Draft, "http://www.gexf.net/1.2draft/viz")]
    [InlineData(GexfVersion.Gexf13, "http://gexf.net/1.3/viz")]
    public async Task A_laid_out_GEXF_export_gives_every_node_a_viz_position_in_its_version_s_namespace(GexfVersion version, string viz)
    {
        var root = XDocument.Parse(await WriteTextAsync(new GexfWriter(version), Positioned)).Root!;

        var position = root.Descendants().Where(e => e.Name.LocalName == "node").ElementAt(1).Element(XName.Get("position", viz))!;
        Assert.Equal(("2.5", "-1.25", "0"), ((string)position.Attribute("x")!, (string)position.Attribute("y")!, (string)position.Attribute("z")!));
        Assert.Equal(viz, root.GetNamespaceOfPrefix("viz")?.NamespaceName);
    }

    [Fact]
    public async Task A_laid_out_GraphML_export_declares_x_and_y_as_doubles_and_a_property_named_x_stays_prop_x()
    {
        var document = Positioned with { Nodes = [.. Positioned.Nodes.Select(n => n with { Properties = Props(("x", "east")) })] };
        var root = XDocument.Parse(await WriteTextAsync(new GraphMLWriter(), document)).Root!;

        var keys = root.Elements().Where(e => e.Name.LocalName == "key").ToDictionary(k => (string)k.Attribute("attr.name")!, k => ((string)k.Attribute("id")!, (string)k.Attribute("attr.type")!));
        Assert.Equal(("double", "double", "string"), (keys["x"].Item2, keys["y"].Item2, keys["prop_x"].Item2));
        var data = root.Descendants().First(e => e.Name.LocalName == "node").Elements().ToDictionary(d => (string)d.Attribute("key")!, d => d.Value);
        Assert.Equal(("1.5", "1", "east"), (data[keys["x"].Item1], data[keys["y"].Item1], data[keys["prop_x"].Item1]));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task An_export_without_a_layout_writes_no_position(string format)
    {
        var text = await WriteTextAsync(NetworkWriters.Default.Get(format));

        foreach (var marker in new[] { "viz", "\"x\"", "position", "attr.name=\"x\"" })
            Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => [element, .. element.EnumerateObject().SelectMany(p => Objects(p.Value))],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };

    [Fact]
    public void An_unknown_format_is_refused_with_the_formats_there_are()
    {
        Assert.False(NetworkWriters.Default.TryGet("pajek", out _));
        var error = Assert.Throws<ArgumentException>(() => NetworkWriters.Default.Get("pajek"));
        Assert.Contains("graphml", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_format_leaves_the_stream_open_after_writing(string format)
    {
        using var output = new MemoryStream();

        await NetworkWriters.Default.Get(format).WriteAsync(Document, output, Cancel);

        Assert.True(output.CanWrite);
        Assert.True(output.Length > 0);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Every_list_format_writes_to_the_stream_before_it_has_read_the_whole_graph(string format)
    {
        using var output = new MemoryStream();
        var written = new List<long>();
        var document = Document with
        {
            Nodes = Many(i => new NetworkNode($"org:o{i}", "Organisation", $"Body {i}", Props(("note", Tricky))), () => written.Add(output.Length)),
            Edges = Many(i => new NetworkEdge($"rel:{i}", "PART_OF", $"org:o{i}", "org:o0", Props(("note", Tricky)), Date("2001"), null, []), () => written.Add(output.Length)),
        };

        await NetworkWriters.Default.Get(format).WriteAsync(document, output, Cancel);

        // The dyad years need every membership before the first row; the metadata table reads no element.
        if (format is "dyad-year" or "csv-metadata")
            Assert.All(written, length => Assert.Equal(0, length));
        else
            Assert.Contains(written, length => length > 0);
    }

    [Fact]
    public async Task Stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GraphMLWriter().WriteAsync(Document, new MemoryStream(), cancelled.Token));
    }

    /// <summary>2,000 elements made on demand, calling <paramref name="atLast"/> just before the last one.</summary>
    private static IEnumerable<T> Many<T>(Func<int, T> make, Action atLast)
    {
        const int Count = 2000;
        for (var i = 0; i < Count; i++)
        {
            if (i == Count - 1)
                atLast();
            yield return make(i);
        }
    }
}
