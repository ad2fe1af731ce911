using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;

namespace SecurityCoop.Tests.Exports;

/// <summary>
/// Exports downloaded over HTTP and read back by the tools people use: networkx and igraph (Debian's
/// python3-networkx and python3-igraph), graphology and Cytoscape.js (npm). Each reader must see the nodes and edges
/// our own node-link export lists, with their attributes and the export's metadata.
/// </summary>
public sealed class ExportConsumerTests(ApiServer api) : IDisposable
{
    private const string Query = "center=org:sco&depth=2&asOf=2016";
    private const string Relation = "rel:member_of:state-india:org-sco:2016-06";
    private static readonly string Consumers = Path.Combine(RepositoryPaths.Root, "tests", "consumers");
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-exports-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<string> DownloadAsync(string format, string query = Query)
    {
        using var response = await api.Client.GetAsync(new Uri(api.BaseUrl, $"/export/{format}?{query}"), TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{format}: HTTP {(int)response.StatusCode}");
        Assert.StartsWith("attachment; filename=\"securitycoop-", response.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        var path = Path.Combine(folder, format + (response.Content.Headers.ContentDisposition?.FileName?.Trim('"') is { } name ? Path.GetExtension(name) : ".out"));
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        return path;
    }

    private static async Task<JsonElement> RunAsync(string program, params string[] args)
    {
        if (program == "node")
            ExternalTools.RequireNodePackage(Consumers, "graphology", "Reading the export with its JavaScript consumer");
        ExternalTools.Require(program != "/usr/bin/python3" || (File.Exists(program) && Directory.Exists("/usr/lib/python3/dist-packages/networkx") && Directory.Exists("/usr/lib/python3/dist-packages/igraph")), "Debian's python3 with networkx and igraph is missing; run ./test.sh, which installs them.");
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Consumers };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(args[0])} failed: {await errors}");
        return JsonDocument.Parse(await output).RootElement;
    }

    /// <summary>Our own count, from our own node-link export of the same scope.</summary>
    private async Task<(int Nodes, int Edges)> ExpectedAsync()
    {
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync("node-link"), TestContext.Current.CancellationToken)).RootElement;
        var counts = (json.GetProperty("nodes").GetArrayLength(), json.GetProperty("links").GetArrayLength());
        Assert.True(counts.Item1 > 20 && counts.Item2 > 20, $"the ego network is too small to test with: {counts}");
        return counts;
    }

    [Fact]
    public async Task Networkx_reads_our_GraphML_and_GEXF_with_the_same_nodes_edges_and_attributes()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("/usr/bin/python3", "read_networkx.py", "--graphml", await DownloadAsync("graphml"), "--gexf", await DownloadAsync("gexf"),
            "--node", "org:sco", "--edge", Relation);

        foreach (var format in new[] { "graphml", "gexf" })
        {
            var graph = result.GetProperty(format);
            Assert.Equal((nodes, edges), (graph.GetProperty("nodes").GetInt32(), graph.GetProperty("edges").GetInt32()));
            Assert.True(graph.GetProperty("multigraph").GetBoolean());
            Assert.Equal("SCO", graph.GetProperty("node_attributes").GetProperty("org:sco").GetProperty("acronym").GetString());
            var edge = graph.GetProperty("edge_attributes").GetProperty(Relation).GetProperty("attributes");
            Assert.Equal(("MEMBER_OF", "2016-06"), (edge.GetProperty("relation").GetString(), edge.GetProperty("since").GetString()));
        }
        Assert.Equal("ego", result.GetProperty("graphml").GetProperty("graph").GetProperty("scope").GetString());
        Assert.False(result.GetProperty("gexf").GetProperty("networkx_taught_namespace").GetBoolean(), "networkx reads the default GEXF as it is");
    }

    [Fact]
    public async Task Igraph_reads_our_GraphML_with_the_same_counts_and_attributes()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("/usr/bin/python3", "read_igraph.py", await DownloadAsync("graphml"), "--node", "org:sco", "--edge", Relation);

        Assert.Equal((nodes, edges), (result.GetProperty("vertices").GetInt32(), result.GetProperty("edges").GetInt32()));
        Assert.Equal("SCO", result.GetProperty("node_attributes").GetProperty("org:sco").GetProperty("acronym").GetString());
        Assert.Equal("MEMBER_OF", result.GetProperty("edge_attributes").GetProperty(Relation).GetProperty("attributes").GetProperty("relation").GetString());
        Assert.StartsWith("data-", result.GetProperty("graph").GetProperty("release").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graphology_imports_our_graphology_JSON_as_a_directed_multigraph()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("node", "read_graphology.mjs", await DownloadAsync("graphology"), "--node", "org:sco", "--edge", Relation);

        Assert.Equal((nodes, edges), (result.GetProperty("order").GetInt32(), result.GetProperty("size").GetInt32()));
        Assert.True(result.GetProperty("multi").GetBoolean());
        Assert.Equal("directed", result.GetProperty("type").GetString());
        Assert.Equal("2016-06", result.GetProperty("edge_attributes").GetProperty(Relation).GetProperty("attributes").GetProperty("since").GetString());
    }

    [Fact]
    public async Task Graphology_s_GEXF_parser_reads_our_default_GEXF_with_every_node_and_parallel_edge()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("node", "read_gexf_graphology.mjs", await DownloadAsync("gexf"), "--node", "org:sco", "--edge", Relation);

        Assert.Equal((nodes, edges), (result.GetProperty("order").GetInt32(), result.GetProperty("size").GetInt32()));
        Assert.True(result.GetProperty("multi").GetBoolean());
        Assert.Equal("SCO", result.GetProperty("node").GetProperty("attributes").GetProperty("acronym").GetString());
        Assert.Equal(("state:india", "org:sco"), (result.GetProperty("edge").GetProperty("source").GetString(), result.GetProperty("edge").GetProperty("target").GetString()));
    }

    [Theory]
    [InlineData("gexf")]
    [InlineData("gexf-1.3")]
    public async Task Every_GEXF_edge_of_the_whole_graph_has_a_kind_of_its_relation_unique_between_its_two_nodes(string format)
    {
        var path = await DownloadAsync(format, "scope=whole");
        var root = XDocument.Load(path).Root!;
        var edges = root.Descendants(root.Name.Namespace + "edge").Select(e => (
            Id: (string)e.Attribute("id")!, Source: (string)e.Attribute("source")!, Target: (string)e.Attribute("target")!, Kind: (string?)e.Attribute("kind") ?? "",
            Relation: e.Descendants(root.Name.Namespace + "attvalue").Single(v => (string?)v.Attribute("for") == "relation").Attribute("value")!.Value)).ToList();

        Assert.True(edges.GroupBy(e => (e.Source, e.Target, e.Relation)).Count(g => g.Count() > 1) > 10, "the whole graph has parallel edges of one relation");
        Assert.All(edges, e => Assert.Matches($"^{e.Relation}(#[2-9][0-9]*)?$", e.Kind));
        Assert.Equal(edges.Count, edges.Select(e => (e.Source, e.Target, e.Kind)).Distinct().Count());
        var numbered = edges.First(e => e.Kind.EndsWith("#2", StringComparison.Ordinal));
        var first = edges.Where(e => (e.Source, e.Target, e.Relation) == (numbered.Source, numbered.Target, numbered.Relation)).MinBy(e => e.Id, StringComparer.Ordinal);
        Assert.Equal(first.Relation, first.Kind);

        var whole = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync("node-link", "scope=whole"), TestContext.Current.CancellationToken)).RootElement;
        var graphology = await RunAsync("node", "read_gexf_graphology.mjs", path, "--edge", numbered.Id);
        Assert.Equal((whole.GetProperty("links").GetArrayLength(), numbered.Kind), (graphology.GetProperty("size").GetInt32(), graphology.GetProperty("edge").GetProperty("attributes").GetProperty("kind").GetString()));
        var networkx = (await RunAsync("/usr/bin/python3", "read_networkx.py", "--gexf", path, "--edge", numbered.Id)).GetProperty("gexf");
        Assert.Equal(whole.GetProperty("links").GetArrayLength(), networkx.GetProperty("edges").GetInt32());
        Assert.Equal(numbered.Relation, networkx.GetProperty("edge_attributes").GetProperty(numbered.Id).GetProperty("attributes").GetProperty("relation").GetString());
    }

    [Fact]
    public async Task Networkx_and_igraph_read_the_figures_derived_from_text_as_numbers_beside_the_verbatim_text()
    {
        var networkx = await RunAsync("/usr/bin/python3", "read_networkx.py", "--graphml", await DownloadAsync("graphml", "scope=whole"),
            "--gexf", await DownloadAsync("gexf", "scope=whole"), "--node-link", await DownloadAsync("node-link", "scope=whole"), "--node", "org:sco");
        var igraph = await RunAsync("/usr/bin/python3", "read_igraph.py", await DownloadAsync("graphml", "scope=whole"), "--node", "org:sco");

        foreach (var format in new[] { "graphml", "gexf", "node_link" })
        {
            var types = networkx.GetProperty(format).GetProperty("node_attribute_types");
            Assert.Equal((Types("int"), Types("int"), Types("int"), Types("str")),
                (Types(types, "member_count_value"), Types(types, "member_count_year"), Types(types, "cost_usd_value"), Types(types, "member_count")));
            var sco = networkx.GetProperty(format).GetProperty("node_attributes").GetProperty("org:sco");
            Assert.Equal(("9 (2023)", 9, 2023), (sco.GetProperty("member_count").GetString(), sco.GetProperty("member_count_value").GetInt32(), sco.GetProperty("member_count_year").GetInt32()));
        }
        var vertexTypes = igraph.GetProperty("vertex_attribute_types");
        Assert.Equal((Types("float"), Types("float"), Types("str")), (Types(vertexTypes, "member_count_value"), Types(vertexTypes, "cost_usd_value"), Types(vertexTypes, "member_count")));
        Assert.Equal(13, igraph.GetProperty("node_attributes").GetProperty("org:sco").GetProperty("dialogue_partner_count_value").GetDouble());
    }

    [Fact]
    public async Task Graphology_Cytoscape_and_vis_data_read_the_figures_derived_from_text_as_numbers()
    {
        var graphology = await RunAsync("node", "read_graphology.mjs", await DownloadAsync("graphology", "scope=whole"), "--node", "org:sco");
        var gexf = await RunAsync("node", "read_gexf_graphology.mjs", await DownloadAsync("gexf", "scope=whole"), "--node", "org:sco");
        var cytoscape = await RunAsync("node", "read_cytoscape.mjs", await DownloadAsync("cytoscape", "scope=whole"), "--node", "org:sco");
        var vis = await RunAsync("node", "read_vis.mjs", await DownloadAsync("vis-network", "scope=whole"), "--node", "org:sco");

        foreach (var sco in new[]
        {
            graphology.GetProperty("node_attributes").GetProperty("org:sco"), gexf.GetProperty("node").GetProperty("attributes"),
            cytoscape.GetProperty("node_data").GetProperty("org:sco"), vis.GetProperty("node").GetProperty("properties"),
        })
        {
            Assert.Equal((JsonValueKind.Number, JsonValueKind.Number, JsonValueKind.String),
                (sco.GetProperty("member_count_value").ValueKind, sco.GetProperty("member_count_year").ValueKind, sco.GetProperty("member_count").ValueKind));
            Assert.Equal((9, 2023), (sco.GetProperty("member_count_value").GetInt32(), sco.GetProperty("member_count_year").GetInt32()));
        }
    }

    [Fact]
    public async Task Every_reader_finds_a_numeric_position_for_every_node_of_a_laid_out_export()
    {
        const string Laid = "scope=whole&layout=force";
        var whole = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync("node-link", "scope=whole"), TestContext.Current.CancellationToken)).RootElement;
        var count = whole.GetProperty("nodes").GetArrayLength();

        var graphology = await RunAsync("node", "read_graphology.mjs", await DownloadAsync("graphology", Laid));
        var cytoscape = await RunAsync("node", "read_cytoscape.mjs", await DownloadAsync("cytoscape", Laid));
        var networkx = await RunAsync("/usr/bin/python3", "read_networkx.py", "--gexf", await DownloadAsync("gexf", Laid), "--graphml", await DownloadAsync("graphml", Laid));
        var networkx13 = await RunAsync("/usr/bin/python3", "read_networkx.py", "--gexf", await DownloadAsync("gexf-1.3", Laid));
        var igraph = await RunAsync("/usr/bin/python3", "read_igraph.py", await DownloadAsync("graphml", Laid));
        var vis = await RunAsync("node", "read_vis.mjs", await DownloadAsync("vis-network", Laid), "--node", "org:sco");

        var positions = Positions(graphology);
        Assert.Equal(count, positions.Count);
        Assert.Equal(positions.Count, positions.Values.Distinct().Count());
        foreach (var other in new[] { cytoscape, networkx.GetProperty("gexf"), networkx.GetProperty("graphml"), networkx13.GetProperty("gexf"), igraph })
            Assert.Equal(positions.OrderBy(p => p.Key, StringComparer.Ordinal), Positions(other).OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(positions["org:sco"], (vis.GetProperty("node").GetProperty("x").GetDouble(), vis.GetProperty("node").GetProperty("y").GetDouble()));
    }

    [Fact]
    public async Task Graphology_reads_no_position_when_no_layout_is_asked_for()
    {
        var graphology = await RunAsync("node", "read_graphology.mjs", await DownloadAsync("graphology", "scope=whole"));

        Assert.Empty(Positions(graphology));
    }

    private static Dictionary<string, (double X, double Y)> Positions(JsonElement result) =>
        result.GetProperty("positions").EnumerateObject().ToDictionary(p => p.Name, p => (p.Value[0].GetDouble(), p.Value[1].GetDouble()));

    private static string Types(params string[] names) => string.Join(",", names);

    private static string Types(JsonElement types, string attribute) =>
        types.TryGetProperty(attribute, out var names) ? string.Join(",", names.EnumerateArray().Select(n => n.GetString())) : "(missing)";

    [Fact]
    public async Task Cytoscape_loads_our_Cytoscape_JSON_with_every_element()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("node", "read_cytoscape.mjs", await DownloadAsync("cytoscape"), "--node", "org:sco", "--edge", Relation);

        Assert.Equal((nodes, edges), (result.GetProperty("nodes").GetInt32(), result.GetProperty("edges").GetInt32()));
        Assert.Equal("MEMBER_OF", result.GetProperty("edge_data").GetProperty(Relation).GetProperty("relation").GetString());
        Assert.Equal("ego", result.GetProperty("data").GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Networkx_reads_our_node_link_JSON_as_a_directed_multigraph()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("/usr/bin/python3", "read_networkx.py", "--node-link", await DownloadAsync("node-link"), "--node", "org:sco", "--edge", Relation);

        var graph = result.GetProperty("node_link");
        Assert.Equal((nodes, edges), (graph.GetProperty("nodes").GetInt32(), graph.GetProperty("edges").GetInt32()));
        Assert.True(graph.GetProperty("multigraph").GetBoolean() && graph.GetProperty("directed").GetBoolean());
    }

    [Fact]
    public async Task Vis_data_loads_our_vis_network_JSON_with_every_edge_between_known_nodes()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("node", "read_vis.mjs", await DownloadAsync("vis-network"), "--node", "org:sco", "--edge", Relation);

        Assert.Equal((nodes, edges, 0), (result.GetProperty("nodes").GetInt32(), result.GetProperty("edges").GetInt32(), result.GetProperty("dangling").GetInt32()));
        Assert.Equal(("state:india", "org:sco"), (result.GetProperty("edge").GetProperty("from").GetString(), result.GetProperty("edge").GetProperty("to").GetString()));
    }

    [Fact]
    public async Task Pythons_strict_csv_reader_reads_our_node_edge_and_dyad_year_lists()
    {
        var (nodes, edges) = await ExpectedAsync();

        var result = await RunAsync("/usr/bin/python3", "read_csv.py", await DownloadAsync("csv-nodes"), await DownloadAsync("csv-edges"), "--key", "id=org:sco");
        var dyads = await RunAsync("/usr/bin/python3", "read_csv.py", await DownloadAsync("dyad-year", "scope=whole"));

        Assert.Equal((nodes, edges), (result[0].GetProperty("rows").GetInt32(), result[1].GetProperty("rows").GetInt32()));
        Assert.Equal("Shanghai Cooperation Organisation", result[0].GetProperty("match").GetProperty("label").GetString());
        Assert.True(dyads[0].GetProperty("rows").GetInt32() > 1000);
    }

    [Fact]
    public async Task The_whole_graph_exports_every_established_relation_and_an_answer_exports_only_its_subgraph()
    {
        var whole = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync("node-link", "asOf="), TestContext.Current.CancellationToken)).RootElement;
        var overlap = JsonDocument.Parse(await File.ReadAllTextAsync(await DownloadAsync("node-link", "scope=overlap&bodies=org:asean,mech:arf"), TestContext.Current.CancellationToken)).RootElement;
        var summary = await api.DataAsync("{ dataset { nodeCount } }");

        Assert.Equal(summary.Path("dataset.nodeCount").GetInt32(), whole.GetProperty("nodes").GetArrayLength());
        // The two bodies and the ten ASEAN states, each tied to both by one relation.
        Assert.Equal(12, overlap.GetProperty("nodes").GetArrayLength());
        Assert.Equal(20, overlap.GetProperty("links").GetArrayLength());
    }

    [Fact]
    public async Task A_dyad_year_table_counts_the_bodies_two_states_share_each_year()
    {
        var rows = (await File.ReadAllLinesAsync(await DownloadAsync("dyad-year", "scope=whole"), TestContext.Current.CancellationToken)).Select(l => l.Split(',')).ToList();
        var header = rows[0];
        int Column(string name) => Array.FindIndex(header, h => h.Contains(name, StringComparison.OrdinalIgnoreCase));

        var chinaRussia2010 = rows.Skip(1).Single(r => r[Column("year")] == "2010" && new[] { r[0], r[1] }.Order().SequenceEqual(["state:china", "state:russia"]));
        Assert.Equal("2", chinaRussia2010[Column("shared")]);
    }
}
