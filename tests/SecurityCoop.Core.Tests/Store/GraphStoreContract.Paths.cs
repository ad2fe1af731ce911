using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    /// <summary>a-x-b and a-y-b (two shortest, length 2), a-w-v-b (length 3), a weak a-b link, and a proposed a-q-b.</summary>
    private static TinyGraph Routes() => new TinyGraph()
        .Nodes("state:a", "state:b", "org:x", "org:y", "org:w", "org:v", "org:q", "org:far")
        .Member("state:a", "org:x").Member("state:b", "org:x")
        .Member("state:a", "org:y", "since=2010").Member("state:b", "org:y", "since=2010")
        .Member("state:a", "org:w").Relation(RelationType.CooperatesWith, "org:v", "org:w").Member("state:b", "org:v")
        .Relation(RelationType.LinkedTo, "state:a", "state:b", "how=mentioned together")
        .Member("state:a", "org:q", "status=proposed").Member("state:b", "org:q", "status=proposed");

    private static string[] Route(GraphPath path) => [.. path.Nodes.Select(n => n.Id)];

    [Fact]
    public async Task Shortest_path_lists_nodes_and_steps_in_order_with_directions()
    {
        var store = await StoreWithAsync(Routes());

        var paths = await store.FindPathsAsync(new PathQuery("state:a", "state:b", ExcludeWeak: true), Cancel);

        var path = Assert.Single(paths);
        Assert.Equal(2, path.Length);
        Assert.Equal("state:a", path.Nodes[0].Id);
        Assert.Equal("state:b", path.Nodes[^1].Id);
        Assert.True(path.Steps[0].Forward);
        Assert.False(path.Steps[1].Forward);
        Assert.Equal(path.Nodes[1].Id, path.Steps[0].Relation.To);
        Assert.NotEmpty(path.Steps[0].Relation.Sources);
    }

    [Fact]
    public async Task A_weak_link_is_the_shortest_path_unless_weak_links_are_excluded()
    {
        var store = await StoreWithAsync(Routes());

        var withWeak = await store.FindPathsAsync(new PathQuery("state:a", "state:b"), Cancel);
        var withoutWeak = await store.FindPathsAsync(new PathQuery("state:a", "state:b", ExcludeWeak: true), Cancel);

        Assert.Equal(RelationType.LinkedTo, Assert.Single(Assert.Single(withWeak).Steps).Relation.Type);
        Assert.Equal(2, Assert.Single(withoutWeak).Length);
    }

    [Fact]
    public async Task All_shortest_paths_finds_each_route_of_the_shortest_length_once()
    {
        var store = await StoreWithAsync(Routes());

        var paths = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.AllShortest, ExcludeWeak: true), Cancel);

        Assert.Equal([["state:a", "org:x", "state:b"], ["state:a", "org:y", "state:b"]], paths.Select(Route).Order(Comparer<string[]>.Create((p, q) => string.CompareOrdinal(p[1], q[1]))));
    }

    [Fact]
    public async Task K_shortest_paths_come_shortest_first_and_include_longer_alternatives()
    {
        var store = await StoreWithAsync(Routes());

        var paths = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.KShortest, K: 3, ExcludeWeak: true), Cancel);

        Assert.Equal([2, 2, 3], paths.Select(p => p.Length));
        Assert.Equal(["state:a", "org:w", "org:v", "state:b"], Route(paths[2]));
        Assert.Equal(3, paths.Select(p => string.Join(">", p.Steps.Select(s => s.Relation.Id))).Distinct().Count());
    }

    [Fact]
    public async Task Paths_respect_relation_types_as_of_dates_hop_limits_and_status()
    {
        var store = await StoreWithAsync(Routes());

        var cooperation = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.AllShortest,
            RelationTypes: new HashSet<RelationType> { RelationType.MemberOf, RelationType.CooperatesWith }, AsOf: PartialDate.Parse("2005")), Cancel);
        var tooShort = await store.FindPathsAsync(new PathQuery("state:a", "state:b", MaxHops: 1, ExcludeWeak: true), Cancel);
        var withProposed = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.AllShortest, ExcludeWeak: true, IncludeUnestablished: true), Cancel);

        Assert.Equal([["state:a", "org:x", "state:b"]], cooperation.Select(Route));
        Assert.Empty(tooShort);
        Assert.Equal(3, withProposed.Count);
    }

    [Fact]
    public async Task Parallel_relations_make_one_route_whose_step_prefers_a_typed_relation_and_lists_the_others()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "org:x", "state:b")
            .Relation(RelationType.LinkedTo, "state:a", "org:x", "how=mentioned")
            .Member("state:a", "org:x")
            .Relation(RelationType.SignatoryOf, "state:a", "org:x", "status=proposed")
            .Member("state:b", "org:x"));

        var all = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.AllShortest, IncludeUnestablished: true), Cancel);
        var k = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.KShortest, K: 5), Cancel);

        var route = Assert.Single(all);
        Assert.Equal(RelationType.MemberOf, route.Steps[0].Relation.Type);
        Assert.Equal([RelationType.SignatoryOf, RelationType.LinkedTo], route.Steps[0].Parallel.Select(e => e.Type));
        Assert.Single(k);
    }

    /// <summary>
    /// a to b through five organisations, joined in no particular order, each hop backed by a membership and an
    /// observer seat; and a longer way round through org:z1 and org:z2.
    /// </summary>
    private static TinyGraph Ties()
    {
        var graph = new TinyGraph().Nodes("state:a", "state:b", "org:m3", "org:m1", "org:m5", "org:m2", "org:m4", "org:z1", "org:z2");
        foreach (var middle in new[] { "org:m3", "org:m1", "org:m5", "org:m2", "org:m4" })
        {
            graph.Member("state:a", middle).Relation(RelationType.ObserverOf, "state:a", middle)
                .Member("state:b", middle).Relation(RelationType.ObserverOf, "state:b", middle);
        }
        return graph.Member("state:a", "org:z2").Relation(RelationType.CooperatesWith, "org:z2", "org:z1").Member("state:b", "org:z1");
    }

    [Fact]
    public async Task Ties_between_routes_of_equal_length_go_to_the_smaller_node_ids_from_the_start()
    {
        var store = await StoreWithAsync(Ties());

        var shortest = await store.FindPathsAsync(new PathQuery("state:a", "state:b"), Cancel);
        var fromTheOtherEnd = await store.FindPathsAsync(new PathQuery("state:b", "state:a"), Cancel);
        var allShortest = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.AllShortest, K: 3), Cancel);
        var kShortest = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.KShortest, K: 2), Cancel);

        Assert.Equal(["state:a", "org:m1", "state:b"], Route(Assert.Single(shortest)));
        Assert.Equal(["state:b", "org:m1", "state:a"], Route(Assert.Single(fromTheOtherEnd)));
        Assert.Equal(["org:m1", "org:m2", "org:m3"], allShortest.Select(p => p.Nodes[1].Id));
        Assert.Equal(["org:m1", "org:m2"], kShortest.Select(p => p.Nodes[1].Id));
    }

    [Fact]
    public async Task K_shortest_paths_count_routes_so_parallel_relations_do_not_use_up_k()
    {
        var store = await StoreWithAsync(Ties());

        var paths = await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.KShortest, K: 25), Cancel);

        Assert.Equal(["org:m1", "org:m2", "org:m3", "org:m4", "org:m5", "org:z2"], paths.Select(p => p.Nodes[1].Id));
        Assert.Equal([2, 2, 2, 2, 2, 3], paths.Select(p => p.Length));
        Assert.All(paths.Take(5), p => Assert.Equal([RelationType.ObserverOf], p.Steps[0].Parallel.Select(e => e.Type)));
    }

    [Fact]
    public async Task A_hop_limit_below_the_shortest_route_leaves_every_mode_empty()
    {
        var store = await StoreWithAsync(Ties());

        foreach (var mode in Enum.GetValues<PathMode>())
            Assert.Empty(await store.FindPathsAsync(new PathQuery("state:a", "state:b", mode, K: 5, MaxHops: 1), Cancel));
        Assert.Equal(5, (await store.FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.KShortest, K: 25, MaxHops: 2), Cancel)).Count);
    }

    [Fact]
    public async Task No_path_to_an_unconnected_node_and_an_error_for_an_unknown_one()
    {
        var store = await StoreWithAsync(Routes());

        var none = await store.FindPathsAsync(new PathQuery("state:a", "org:far"), Cancel);
        var error = await Assert.ThrowsAsync<StoreException>(() => store.FindPathsAsync(new PathQuery("state:a", "state:nowhere"), Cancel));

        Assert.Empty(none);
        Assert.Equal(ErrorCodes.NodeNotFound, error.Code);
    }
}
