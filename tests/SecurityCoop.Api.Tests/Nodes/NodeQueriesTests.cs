using System.Text.Json;

namespace SecurityCoop.Tests.Nodes;

/// <summary>Lookup, search and paging over the seed dataset, over HTTP.</summary>
public sealed class NodeQueriesTests(ApiServer api)
{
    [Fact]
    public async Task Looks_up_a_node_by_id_with_its_type_acronym_and_sources()
    {
        var data = await api.DataAsync("""{ node(id: "mech:rats") { __typename id type name acronym aliases sources { document line quote } } }""");

        var rats = data.GetProperty("node");
        Assert.Equal(("Mechanism", "MECHANISM", "Regional Anti-Terrorist Structure", "RATS"),
            (rats.Path("__typename").GetString(), rats.Path("type").GetString(), rats.Path("name").GetString(), rats.Path("acronym").GetString()));
        Assert.Contains("SCO RATS", rats.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.All(rats.GetProperty("sources").EnumerateArray(), s => Assert.True(s.Path("line").GetInt32() > 0 && s.Path("quote").GetString()!.Length > 0));
    }

    [Fact]
    public async Task Looks_up_several_nodes_in_the_order_given()
    {
        var data = await api.DataAsync("""{ nodes(ids: ["org:sco", "org:asean", "state:china"]) { id } }""");

        Assert.Equal(["org:sco", "org:asean", "state:china"], data.GetProperty("nodes").Strings("id"));
    }

    [Theory]
    [InlineData("RATS", "mech:rats", "EXACT")]
    [InlineData("sco rats", "mech:rats", "EXACT")]
    [InlineData("Shanghai Cooperation", "org:sco", "PREFIX")]
    [InlineData("ADMM", "mech:admm", "EXACT")]
    public async Task Search_resolves_names_aliases_and_acronyms(string text, string expected, string match)
    {
        var data = await api.DataAsync("query ($t: String!) { search(text: $t, first: 5) { node { id } match } }", new { t = text });

        var first = data.GetProperty("search")[0];
        Assert.Equal((expected, match), (first.Path("node.id").GetString(), first.Path("match").GetString()));
    }

    [Fact]
    public async Task Search_filters_by_type()
    {
        var data = await api.DataAsync("""{ search(text: "ASEAN", types: [AGREEMENT], first: 50) { node { type } } }""");

        var types = data.GetProperty("search").Strings("node.type");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("AGREEMENT", t));
    }

    [Fact]
    public async Task Paging_through_states_visits_each_once_with_stable_cursors()
    {
        var seen = new List<string>();
        string? after = null;
        int total;
        do
        {
            var data = await api.DataAsync("query ($after: String) { states(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }", new { after });
            var page = data.GetProperty("states");
            total = page.GetProperty("totalCount").GetInt32();
            seen.AddRange(page.GetProperty("edges").Strings("node.id"));
            var again = await api.DataAsync("query ($after: String) { states(first: 10, after: $after) { edges { node { id } } } }", new { after });
            Assert.Equal(page.GetProperty("edges").Strings("node.id"), again.Path("states.edges").Strings("node.id"));
            after = page.Path("pageInfo.hasNextPage").GetBoolean() ? page.Path("pageInfo.endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(47, total);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
        Assert.All(seen, id => Assert.StartsWith("state:", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dataset_summary_counts_what_the_graph_holds()
    {
        var data = await api.DataAsync("{ dataset { nodeCount relationCount conflictCount nodesByType { type count } } }");

        var summary = data.GetProperty("dataset");
        Assert.Equal(RepositoryPaths.DataRecords("entities"), summary.GetProperty("nodeCount").GetInt32());
        Assert.Equal(RepositoryPaths.DataRecords("conflicts.jsonl"), summary.GetProperty("conflictCount").GetInt32());
        Assert.Equal(RepositoryPaths.DataRecords("entities/states.jsonl"), summary.GetProperty("nodesByType").EnumerateArray().Single(t => t.Path("type").GetString() == "State").Path("count").GetInt32());
        Assert.True(summary.GetProperty("relationCount").GetInt32() > 1300);
    }
}
