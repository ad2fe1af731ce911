using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Returns_nodes_in_the_order_asked_and_leaves_out_unknown_ids()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "state:b", "org:x"));

        var nodes = await store.GetNodesAsync(["org:x", "state:nope", "state:a"], Cancel);

        Assert.Equal(["org:x", "state:a"], nodes.Select(n => n.Id));
        Assert.Equal(NodeType.Organisation, nodes[0].Type);
    }

    [Fact]
    public async Task Search_ranks_an_exact_acronym_above_prefix_and_substring_matches()
    {
        var store = await StoreWithAsync(new TinyGraph()
            .Node("mech:rats", "Regional Anti-Terrorist Structure", "RATS", "SCO RATS")
            .Node("theme:ratsnest", "Ratsnest problems")
            .Node("org:democrats", "Democrats Union"));

        var hits = await store.SearchAsync(new SearchQuery("rats"), Cancel);

        Assert.Equal(["mech:rats", "theme:ratsnest", "org:democrats"], hits.Select(h => h.Node.Id));
        Assert.Equal((SearchMatch.Exact, "acronym"), (hits[0].Match, hits[0].MatchedField));
        Assert.Equal(SearchMatch.Prefix, hits[1].Match);
        Assert.Equal(SearchMatch.Contains, hits[2].Match);
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_finds_aliases_and_filters_by_type()
    {
        var store = await StoreWithAsync(new TinyGraph()
            .Node("place:ha-noi", "Hà Nội", null, "Hanoi")
            .Node("event:hanoi-summit", "Hanoi summit"));

        var byName = await store.SearchAsync(new SearchQuery("HA NOI"), Cancel);
        var byAlias = await store.SearchAsync(new SearchQuery("hanoi", new HashSet<NodeType> { NodeType.Place }), Cancel);

        Assert.Equal("place:ha-noi", byName[0].Node.Id);
        Assert.Equal(["place:ha-noi"], byAlias.Select(h => h.Node.Id));
        Assert.Equal("alias", byAlias[0].MatchedField);
    }

    [Fact]
    public async Task Pages_follow_id_order_and_continue_after_the_last_id_even_when_it_is_gone()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "state:c", "state:e", "state:g", "org:z"));
        var states = new HashSet<NodeType> { NodeType.State };

        var first = await store.ListNodesAsync(new NodeListQuery(states, First: 2), Cancel);
        var second = await store.ListNodesAsync(new NodeListQuery(states, First: 2, After: "state:c"), Cancel);
        var afterMissing = await store.ListNodesAsync(new NodeListQuery(states, First: 2, After: "state:d"), Cancel);

        Assert.Equal(["state:a", "state:c"], first.Nodes.Select(n => n.Id));
        Assert.True(first.HasNextPage);
        Assert.Equal(4, first.TotalCount);
        Assert.Equal(["state:e", "state:g"], second.Nodes.Select(n => n.Id));
        Assert.False(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
        Assert.Equal(["state:e", "state:g"], afterMissing.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Relations_of_many_nodes_come_back_raw_per_request_with_the_node_at_the_other_end_and_unknown_ids_left_out()
    {
        var graph = new TinyGraph().Nodes("state:a", "org:x", "theme:t", "doc:d")
            .Member("state:a", "org:x", "since=2010")
            .Relation(RelationType.Addresses, "org:x", "theme:t")
            .Relation(RelationType.SignatoryOf, "org:x", "doc:d", "status=proposed");
        var store = await StoreWithAsync(graph);

        var material = await store.GetMaterialAsync(new MaterialQuery(["theme:t", "state:nowhere"], Relations:
        [
            new RelationRequest("org:x"),
            new RelationRequest("state:a"),
            new RelationRequest("org:x", RelationDirection.Outgoing),
            new RelationRequest("org:x", RelationDirection.Both, new HashSet<RelationType> { RelationType.MemberOf, RelationType.SignatoryOf }),
            new RelationRequest("org:nowhere"),
        ]), Cancel);

        Assert.Equal(["org:x", "state:a", "theme:t"], material.Nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, material.Relations[0].Count);
        var membership = Assert.Single(material.Relations[1]);
        Assert.Equal(("org:x", RelationDirection.Outgoing, "2010"), (membership.Node.Id, membership.Direction, membership.Relation.Since?.Text));
        Assert.Equal(["doc:d", "theme:t"], material.Relations[2].Select(n => n.Node.Id).Order(StringComparer.Ordinal));
        Assert.Equal([(RelationType.MemberOf, RelationDirection.Incoming), (RelationType.SignatoryOf, RelationDirection.Outgoing)],
            material.Relations[3].Select(n => (n.Relation.Type, n.Direction)).Order());
        Assert.Empty(material.Relations[4]);
    }

    [Fact]
    public async Task A_node_keeps_the_sources_of_each_fact_beside_those_of_the_whole_record()
    {
        var store = await StoreWithAsync(new TinyGraph().NodeWith("mech:rats", "founded=2004", "headquarters=Tashkent")
            .FactSource("mech:rats", "founded", "Established in 2004", "chapter.txt").FactSource("mech:rats", "name", "the Regional Anti-Terrorist Structure"));

        var rats = Assert.Single(await store.GetNodesAsync(["mech:rats"], Cancel));
        var facts = Facts.Of(rats).ToDictionary(f => f.Key);

        Assert.Equal(("2004", "chapter.txt", "Established in 2004"), (facts["founded"].Value, facts["founded"].Sources.Single().Document, facts["founded"].Sources.Single().Quote));
        Assert.Equal("the Regional Anti-Terrorist Structure", facts["name"].Sources.Single().Quote);
        Assert.Empty(facts["headquarters"].Sources);
        Assert.NotEmpty(rats.Sources);
    }

    [Fact]
    public async Task The_document_catalogue_gives_each_cited_documents_record_by_id_or_all_of_them()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a").Member("state:a", "org:x", "@doc=thesis.txt"));

        var all = await store.GetDocumentsAsync(null, Cancel);
        var one = await store.GetDocumentsAsync(["thesis.txt", "missing.txt"], Cancel);

        Assert.Equal(["test.txt", "thesis.txt"], all.Select(d => d.Id));
        var thesis = Assert.Single(one);
        Assert.Equal(("The thesis.txt document", "Tester, thesis.txt (2024)", 2024, 10), (thesis.Title, thesis.Citation, thesis.Year, thesis.LineCount));
        Assert.Equal(["A. Tester"], thesis.Authors);
    }

    [Fact]
    public async Task A_set_valued_conflict_keeps_each_claims_nodes_and_says_what_is_shared_and_what_disputed()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a", "state:b", "state:c", "state:d")
            .SetConflict("conflict:x-founders", "org:x", "founders", "state:a,state:b,state:c", "state:a,state:b,state:d")
            .Conflict("conflict:x-founded", "org:x", "founding year", "2004", "2002"));

        var conflicts = (await store.ConflictsAsync("org:x", Cancel)).ToDictionary(c => c.Id);

        var founders = conflicts["conflict:x-founders"];
        Assert.Equal(ClaimKind.Nodes, founders.Kind);
        Assert.Equal(["state:a", "state:b", "state:c"], founders.Claims[0].Nodes);
        Assert.Equal(["state:a", "state:b"], founders.Shared);
        Assert.Equal(["state:c", "state:d"], founders.Disputed);
        Assert.Equal((ClaimKind.Date, "2004"), (conflicts["conflict:x-founded"].Kind, conflicts["conflict:x-founded"].Claims[0].Date?.Text));
        Assert.Empty(conflicts["conflict:x-founded"].Disputed);
    }

    [Fact]
    public async Task Lists_conflicts_about_a_subject_with_every_claim()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("mech:rats", "org:sco")
            .Conflict("conflict:rats-founded", "mech:rats", "founding year", "2004", "2002")
            .Conflict("conflict:sco-start", "org:sco", "start", "2001", "1996"));

        var aboutRats = await store.ConflictsAsync("mech:rats", Cancel);
        var all = await store.ConflictsAsync(null, Cancel);

        var conflict = Assert.Single(aboutRats);
        Assert.Equal(["2004", "2002"], conflict.Claims.Select(c => c.Value));
        Assert.All(conflict.Claims, c => Assert.NotEmpty(c.Sources));
        Assert.Equal(2, all.Count);
    }

    [Fact]
    public async Task Counts_nodes_and_edges_by_type()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "state:b", "org:x").Member("state:a", "org:x").Member("state:b", "org:x"));

        var statistics = await store.StatisticsAsync(Cancel);

        Assert.Equal(2, statistics.NodesByType[NodeType.State]);
        Assert.Equal(1, statistics.NodesByType[NodeType.Organisation]);
        Assert.Equal(2, statistics.RelationsByType[RelationType.MemberOf]);
    }
}
