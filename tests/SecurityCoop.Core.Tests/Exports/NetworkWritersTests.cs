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
