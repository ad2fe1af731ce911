using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    private static TinyGraph Rats() => new TinyGraph()
        .Nodes("mech:rats", "org:sco", "init:peace-mission", "init:far-plan", "theme:terrorism", "theme:drugs", "doc:mou", "doc:convention")
        .Relation(RelationType.PartOf, "mech:rats", "org:sco")
        .Relation(RelationType.LinkedTo, "init:peace-mission", "mech:rats", "how=exercise")
        .Relation(RelationType.EstablishedBy, "init:far-plan", "org:sco")
        .Relation(RelationType.Addresses, "mech:rats", "theme:terrorism")
        .Relation(RelationType.Addresses, "doc:mou", "theme:terrorism")
        .Relation(RelationType.Addresses, "doc:mou", "theme:drugs")
        .Relation(RelationType.Addresses, "init:peace-mission", "theme:terrorism")
        .Relation(RelationType.SignatoryOf, "org:sco", "doc:mou", "date=2005-04");

    [Fact]
    public async Task Linked_nodes_come_nearest_first_each_with_the_path_that_links_it()
    {
        var store = await StoreWithAsync(Rats());

        var initiatives = await store.LinkedAsync(new LinkageQuery("mech:rats", 2, new HashSet<NodeType> { NodeType.Initiative }), Cancel);

        Assert.Equal([("init:peace-mission", 1), ("init:far-plan", 2)], initiatives.Select(l => (l.Node.Id, l.Distance)));
        Assert.Equal(["mech:rats", "org:sco", "init:far-plan"], initiatives[1].Path.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Linkage_filters_by_theme_relation_type_and_weak_links()
    {
        var store = await StoreWithAsync(Rats());

        var onTerrorism = await store.LinkedAsync(new LinkageQuery("mech:rats", 3, Theme: "theme:terrorism"), Cancel);
        var noWeak = await store.LinkedAsync(new LinkageQuery("mech:rats", 1, ExcludeWeak: true), Cancel);
        var partOnly = await store.LinkedAsync(new LinkageQuery("mech:rats", 3, RelationTypes: new HashSet<RelationType> { RelationType.PartOf }), Cancel);

        Assert.Equal(["init:peace-mission", "doc:mou"], onTerrorism.Select(l => l.Node.Id));
        Assert.Equal(["org:sco", "theme:terrorism"], noWeak.Select(l => l.Node.Id));
        Assert.Equal(["org:sco"], partOnly.Select(l => l.Node.Id));
    }

    [Fact]
    public async Task Shared_links_are_the_nodes_every_origin_reaches()
    {
        var store = await StoreWithAsync(Rats());

        var shared = await store.SharedLinksAsync(new SharedLinkageQuery(["mech:rats", "doc:mou"], 1, new HashSet<NodeType> { NodeType.Theme }), Cancel);

        var theme = Assert.Single(shared);
        Assert.Equal("theme:terrorism", theme.Node.Id);
        Assert.Equal(["mech:rats", "doc:mou"], theme.Paths.Select(p => p.Nodes[0].Id));
    }

    [Fact]
    public async Task A_linked_node_reached_by_several_shortest_routes_gets_the_one_with_the_smaller_ids()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "state:b", "org:m2", "org:m1", "org:m3", "doc:far")
            .Member("state:a", "org:m2").Member("state:b", "org:m2")
            .Member("state:a", "org:m3").Member("state:b", "org:m3")
            .Member("state:a", "org:m1").Member("state:b", "org:m1")
            .Relation(RelationType.SignatoryOf, "org:m3", "doc:far").Relation(RelationType.SignatoryOf, "org:m2", "doc:far"));

        var linked = await store.LinkedAsync(new LinkageQuery("state:a", 3), Cancel);
        var shared = await store.SharedLinksAsync(new SharedLinkageQuery(["state:a", "doc:far"], 2, new HashSet<NodeType> { NodeType.State }), Cancel);

        var route = (string id) => linked.Single(l => l.Node.Id == id).Path.Nodes.Select(n => n.Id);
        Assert.Equal(["state:a", "org:m1", "state:b"], route("state:b"));
        Assert.Equal(["state:a", "org:m2", "doc:far"], route("doc:far"));
        Assert.Equal(["doc:far", "org:m2", "state:b"], Assert.Single(shared).Paths[1].Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Every_question_about_an_unknown_node_says_so_on_every_store()
    {
        var store = await StoreWithAsync(Rats());
        var questions = new Func<Task>[]
        {
            () => store.LinkedAsync(new LinkageQuery("org:nowhere"), Cancel),
            () => store.LinkedAsync(new LinkageQuery("mech:rats", Theme: "theme:nowhere"), Cancel),
            () => store.SharedLinksAsync(new SharedLinkageQuery(["mech:rats", "org:nowhere"]), Cancel),
            () => store.TimelineAsync(new TimelineQuery("org:nowhere"), Cancel),
            () => store.ConflictsAsync("org:nowhere", Cancel),
            () => store.SubgraphAsync(new Core.Exports.SubgraphQuery("org:nowhere"), Cancel),
            () => store.FindPathsAsync(new Core.Paths.PathQuery("org:nowhere", "mech:rats", Core.Paths.PathMode.KShortest, K: 3), Cancel),
        };

        foreach (var question in questions)
        {
            var error = await Assert.ThrowsAsync<Core.Store.StoreException>(question);
            Assert.Equal((Core.Store.ErrorCodes.NodeNotFound, true), (error.Code, error.Message.Contains("nowhere", StringComparison.Ordinal)));
        }
        Assert.Empty(await store.GetNodesAsync(["org:nowhere"], Cancel));
        Assert.Empty(await store.GetRelationsByIdAsync(["rel:nowhere"], Cancel));
    }

    [Fact]
    public async Task Timeline_orders_dated_relations_and_puts_an_end_before_a_start_on_the_same_date()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "org:x", "doc:d", "org:y")
            .Relation(RelationType.ObserverOf, "state:a", "org:x", "since=2005-06")
            .Member("state:a", "org:x", "since=2016-06")
            .Relation(RelationType.SignatoryOf, "state:a", "doc:d", "date=2010")
            .Member("state:a", "org:y", "as_of=2023")
            .Member("state:a", "org:y", "role=full"));

        var timeline = await store.TimelineAsync(new TimelineQuery("state:a"), Cancel);

        Assert.Equal(
            [("2005-06", TimelineMoment.Start), ("2010", TimelineMoment.Dated), ("2016-06", TimelineMoment.End), ("2016-06", TimelineMoment.Start), ("2023", TimelineMoment.Snapshot)],
            timeline.Select(t => (t.Date.Text, t.Moment)));
        Assert.Equal(RelationType.ObserverOf, timeline[2].Relation.Type);
    }

    [Fact]
    public async Task A_relation_from_a_node_to_itself_is_on_its_timeline_once()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "org:y")
            .Relation(RelationType.CooperatesWith, "org:x", "org:x", "since=2001")
            .Relation(RelationType.CooperatesWith, "org:x", "org:y", "since=2003"));

        var timeline = await store.TimelineAsync(new TimelineQuery("org:x"), Cancel);

        Assert.Equal([("2001", "org:x"), ("2003", "org:y")], timeline.Select(t => (t.Date.Text, t.Other.Id)));
    }
}
