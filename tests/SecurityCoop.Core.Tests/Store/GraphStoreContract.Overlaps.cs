using SecurityCoop.Affiliations;
using SecurityCoop.Dates;
using SecurityCoop.Nodes;
using SecurityCoop.Overlaps;
using SecurityCoop.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    private static TinyGraph ThreeBodies() => new TinyGraph()
        .Nodes("org:x", "org:y", "mech:z", "state:a", "state:b", "state:c", "state:d", "org:e")
        .Member("state:a", "org:x", "since=1990").Member("state:b", "org:x", "since=1990").Member("state:c", "org:x", "since=2010")
        .Member("state:a", "org:y").Member("state:c", "org:y").Member("state:d", "org:y").Member("org:e", "org:y")
        .Edge(Edges.RelationType.ParticipatesIn, "state:a", "mech:z").Edge(Edges.RelationType.ParticipatesIn, "state:c", "mech:z")
        .Edge(Edges.RelationType.ObserverOf, "state:b", "mech:z");

    [Fact]
    public async Task Overlap_lists_who_belongs_to_every_body_with_their_ties()
    {
        var store = await StoreWithAsync(ThreeBodies());

        var members = await store.OverlapAsync(new OverlapQuery(["org:x", "org:y", "mech:z"]), Cancel);

        Assert.Equal(["state:a", "state:c"], members.Select(m => m.Member.Id));
        Assert.Equal(["org:x", "org:y", "mech:z"], members[0].Affiliations.Select(a => a.Body.Id));
    }

    [Fact]
    public async Task Overlap_excludes_bodies_and_filters_by_year_role_and_member_type()
    {
        var store = await StoreWithAsync(ThreeBodies());

        var xNotY = await store.OverlapAsync(new OverlapQuery(["org:x"], ["org:y"]), Cancel);
        var in2000 = await store.OverlapAsync(new OverlapQuery(["org:x", "org:y"], AsOf: PartialDate.Parse("2000")), Cancel);
        var observers = await store.OverlapAsync(new OverlapQuery(["mech:z"], Roles: new HashSet<AffiliationRole> { AffiliationRole.Observer }), Cancel);
        var statesOfY = await store.OverlapAsync(new OverlapQuery(["org:y"], MemberTypes: new HashSet<NodeType> { NodeType.State }), Cancel);

        Assert.Equal(["state:b"], xNotY.Select(m => m.Member.Id));
        Assert.Equal(["state:a"], in2000.Select(m => m.Member.Id));
        Assert.Equal(["state:b"], observers.Select(m => m.Member.Id));
        Assert.Equal(["state:a", "state:c", "state:d"], statesOfY.Select(m => m.Member.Id));
    }

    [Fact]
    public async Task Overlap_matrix_gives_sizes_intersection_union_and_jaccard_for_every_pair()
    {
        var store = await StoreWithAsync(ThreeBodies());

        var matrix = await store.OverlapMatrixAsync(new OverlapQuery(["org:x", "org:y", "mech:z"]), Cancel);

        Assert.Equal(["org:x", "org:y", "mech:z"], matrix.Bodies.Select(b => b.Id));
        var xy = matrix.Cells[0];
        Assert.Equal(("org:x", "org:y", 3, 4, 2, 5), (xy.A.Id, xy.B.Id, xy.SizeA, xy.SizeB, xy.Intersection, xy.Union));
        Assert.Equal(0.4, xy.Jaccard, 6);
        Assert.Equal(3, matrix.Cells.Count);
        var yz = matrix.Cells[2];
        Assert.Equal((2, 4), (yz.Intersection, yz.Union));
    }

    [Fact]
    public async Task Overlap_without_bodies_is_an_invalid_argument()
    {
        var store = await StoreWithAsync(ThreeBodies());

        var error = await Assert.ThrowsAsync<StoreException>(() => store.OverlapAsync(new OverlapQuery([]), Cancel));

        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
    }
}
