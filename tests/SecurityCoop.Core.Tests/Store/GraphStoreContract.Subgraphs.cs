using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    private static TinyGraph Neighbourhood() => new TinyGraph()
        .Nodes("org:x", "state:a", "state:b", "mech:m", "theme:t", "place:p")
        .Member("state:a", "org:x", "since=2001")
        .Member("state:b", "org:x", "since=2016")
        .Relation(RelationType.PartOf, "mech:m", "org:x")
        .Relation(RelationType.Addresses, "mech:m", "theme:t")
        .Relation(RelationType.LocatedIn, "place:p", "state:a")
        .Relation(RelationType.CooperatesWith, "state:a", "state:b", "status=proposed");

    [Fact]
    public async Task An_ego_network_holds_the_nodes_within_its_depth_and_the_relations_among_them()
    {
        var store = await StoreWithAsync(Neighbourhood());

        var depth1 = await store.SubgraphAsync(new SubgraphQuery("org:x", 1), Cancel);
        var depth2 = await store.SubgraphAsync(new SubgraphQuery("org:x", 2), Cancel);

        Assert.Equal(["mech:m", "org:x", "state:a", "state:b"], depth1.Nodes.Select(n => n.Id));
        Assert.Equal(3, depth1.Relations.Count);
        Assert.Equal(["mech:m", "org:x", "place:p", "state:a", "state:b", "theme:t"], depth2.Nodes.Select(n => n.Id));
        Assert.Equal(5, depth2.Relations.Count);
    }

    [Fact]
    public async Task Subgraphs_filter_by_node_type_relation_type_and_as_of_date()
    {
        var store = await StoreWithAsync(Neighbourhood());

        var states = await store.SubgraphAsync(new SubgraphQuery(NodeTypes: new HashSet<NodeType> { NodeType.State, NodeType.Organisation }), Cancel);
        var in2010 = await store.SubgraphAsync(new SubgraphQuery("org:x", 1, AsOf: SecurityCoop.Core.Dates.PartialDate.Parse("2010"),
            RelationTypes: new HashSet<RelationType> { RelationType.MemberOf }), Cancel);
        var withProposed = await store.SubgraphAsync(new SubgraphQuery(IncludeUnestablished: true), Cancel);

        Assert.Equal(["org:x", "state:a", "state:b"], states.Nodes.Select(n => n.Id));
        Assert.Equal([RelationType.MemberOf, RelationType.MemberOf], states.Relations.Select(e => e.Type));
        Assert.Equal(["org:x", "state:a"], in2010.Nodes.Select(n => n.Id));
        Assert.Equal(6, withProposed.Relations.Count);
    }
}
