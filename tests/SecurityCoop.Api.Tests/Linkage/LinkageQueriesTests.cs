namespace SecurityCoop.Tests.Linkage;

/// <summary>Linkage questions on the seed dataset, over HTTP.</summary>
public sealed class LinkageQueriesTests(ApiServer api)
{
    [Fact]
    public async Task Initiatives_linked_to_RATS_each_with_the_path_that_links_it()
    {
        var data = await api.DataAsync("""
            { linked(from: "mech:rats", maxHops: 1, nodeTypes: [INITIATIVE]) { node { id } distance path { nodes { id } steps { relation { type sources { line } } } } } }
            """);

        Assert.Equal(["init:our-eyes", "init:peace-mission", "init:rats-counterterrorism-training", "init:rats-cyberspace-protocols", "init:rats-database"],
            data.GetProperty("linked").Strings("node.id"));
        var peaceMission = data.GetProperty("linked")[1];
        Assert.Equal(["mech:rats", "init:peace-mission"], peaceMission.Path("path.nodes").Strings("id"));
        Assert.Equal("ESTABLISHED_BY", peaceMission.Path("path.steps")[0].Path("relation.type").GetString());
    }

    [Fact]
    public async Task Without_weak_links_only_typed_relations_link_initiatives_to_RATS()
    {
        var data = await api.DataAsync("""{ linked(from: "mech:rats", maxHops: 1, nodeTypes: [INITIATIVE], excludeWeakLinks: true) { node { id } } }""");

        Assert.Equal(["init:peace-mission", "init:rats-cyberspace-protocols", "init:rats-database"], data.GetProperty("linked").Strings("node.id"));
    }

    [Fact]
    public async Task Themes_RATS_and_the_2005_MOU_share()
    {
        var data = await api.DataAsync("""
            { sharedLinks(of: ["mech:rats", "doc:sco-asean-mou-2005"], nodeTypes: [THEME]) { node { id } paths { nodes { id } } } }
            """);

        // Thesis lines 1165 and 1247 for the MOU; extremism is left out, as only the chapter's line 182 (about the SCO's four MOUs together) named it.
        Assert.Equal(["theme:arms-trafficking", "theme:counterterrorism", "theme:drug-trafficking", "theme:money-laundering", "theme:transnational-crime"],
            data.GetProperty("sharedLinks").Strings("node.id"));
        Assert.Equal(["mech:rats", "doc:sco-asean-mou-2005"], data.GetProperty("sharedLinks")[0].GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("nodes")[0].GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Linkage_filtered_by_theme_keeps_only_nodes_that_address_it()
    {
        var data = await api.DataAsync("""{ linked(from: "org:sco", maxHops: 1, nodeTypes: [AGREEMENT], theme: "theme:trafficking-in-persons") { node { id } } }""");

        var ids = data.GetProperty("linked").Strings("node.id");
        Assert.Contains("doc:sco-asean-mou-2005", ids);
        Assert.DoesNotContain("doc:sco-charter", ids);
    }
}
