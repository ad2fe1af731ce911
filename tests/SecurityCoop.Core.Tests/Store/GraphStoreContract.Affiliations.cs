using SecurityCoop.Affiliations;
using SecurityCoop.Dates;
using SecurityCoop.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    private static async Task<string[]> MembersAsync(IGraphStore store, string body, string? asOf = null,
        AffiliationRole[]? roles = null, bool through = false)
    {
        var query = new AffiliationQuery([body], AffiliationSide.MembersOfBodies, roles?.ToHashSet(),
            asOf is null ? null : PartialDate.Parse(asOf), through);
        var result = await store.GetAffiliationsAsync(query, Cancel);
        return [.. result[body].Select(a => a.Member.Id).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task Members_as_of_a_year_respect_since_and_until_at_their_precision()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a", "state:b", "state:c", "state:d")
            .Member("state:a", "org:x", "since=2001-06", "role=founding")
            .Member("state:b", "org:x", "since=2016-06")
            .Member("state:c", "org:x", "since=1999", "until=2010")
            .Member("state:d", "org:x"));

        Assert.Equal(["state:a", "state:c", "state:d"], await MembersAsync(store, "org:x", "2001"));
        Assert.Equal(["state:a", "state:b", "state:d"], await MembersAsync(store, "org:x", "2016"));
        Assert.Equal(["state:a", "state:d"], await MembersAsync(store, "org:x", "2016-05"));
        Assert.Equal(["state:c", "state:d"], await MembersAsync(store, "org:x", "2000"));
    }

    [Fact]
    public async Task A_member_filter_includes_founders_while_acceding_states_are_not_members()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a", "state:b", "state:c")
            .Member("state:a", "org:x", "role=founding")
            .Member("state:b", "org:x", "role=full")
            .Member("state:c", "org:x", "role=acceding"));

        Assert.Equal(["state:a", "state:b"], await MembersAsync(store, "org:x", roles: [AffiliationRole.Member]));
        Assert.Equal(["state:a"], await MembersAsync(store, "org:x", roles: [AffiliationRole.FoundingMember]));
        Assert.Equal(["state:c"], await MembersAsync(store, "org:x", roles: [AffiliationRole.Acceding]));
        Assert.Equal(["state:a", "state:b"], await MembersAsync(store, "org:x"));
    }

    [Fact]
    public async Task An_observer_who_becomes_a_member_is_no_longer_an_observer()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a")
            .Edge(Edges.RelationType.ObserverOf, "state:a", "org:x", "since=2005")
            .Member("state:a", "org:x", "since=2017-06"));
        AffiliationRole[] observers = [AffiliationRole.Observer];

        Assert.Equal(["state:a"], await MembersAsync(store, "org:x", "2016", observers));
        Assert.Empty(await MembersAsync(store, "org:x", "2017", observers));
        var in2017 = await store.GetAffiliationsAsync(new AffiliationQuery(["org:x"], AffiliationSide.MembersOfBodies,
            new HashSet<AffiliationRole> { AffiliationRole.Member, AffiliationRole.Observer }, PartialDate.Parse("2017")), Cancel);
        Assert.Equal([AffiliationRole.Member], in2017["org:x"].Select(a => a.Role));
        var all = await store.GetAffiliationsAsync(new AffiliationQuery(["state:a"], AffiliationSide.BodiesOfMembers, observers.ToHashSet()), Cancel);
        var observer = Assert.Single(all["state:a"]);
        Assert.Equal("2017-06", observer.Edge.Until?.Text);
        Assert.NotNull(observer.Edge.EndedBy);
    }

    [Fact]
    public async Task A_snapshot_holds_from_its_date_on_and_is_not_known_before_it()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a").Member("state:a", "org:x", "as_of=2023"));

        Assert.Empty(await MembersAsync(store, "org:x", "2022"));
        Assert.Equal(["state:a"], await MembersAsync(store, "org:x", "2023"));
        Assert.Equal(["state:a"], await MembersAsync(store, "org:x", "2024"));
    }

    [Fact]
    public async Task Proposed_relations_are_skipped_unless_asked_for()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("org:x", "state:a").Member("state:a", "org:x", "status=proposed"));

        var established = await store.GetAffiliationsAsync(new AffiliationQuery(["org:x"], AffiliationSide.MembersOfBodies), Cancel);
        var all = await store.GetAffiliationsAsync(new AffiliationQuery(["org:x"], AffiliationSide.MembersOfBodies, IncludeUnestablished: true), Cancel);

        Assert.Empty(established["org:x"]);
        Assert.Single(all["org:x"]);
    }

    [Fact]
    public async Task Members_of_a_member_organisation_take_part_through_it_and_say_so()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("mech:eas", "org:asean", "state:a", "state:b", "state:c")
            .Member("org:asean", "mech:eas", "role=full")
            .Member("state:a", "org:asean", "since=1967")
            .Member("state:b", "org:asean", "since=1999")
            .Member("state:c", "mech:eas"));

        var direct = await MembersAsync(store, "mech:eas");
        var through = await store.GetAffiliationsAsync(
            new AffiliationQuery(["mech:eas"], AffiliationSide.MembersOfBodies, AsOf: PartialDate.Parse("1990"), ThroughMembers: true), Cancel);
        var bodiesOfA = await store.GetAffiliationsAsync(new AffiliationQuery(["state:a"], AffiliationSide.BodiesOfMembers, ThroughMembers: true), Cancel);

        Assert.Equal(["org:asean", "state:c"], direct);
        var viaAsean = Assert.Single(through["mech:eas"], a => !a.IsDirect);
        Assert.Equal(("state:a", "org:asean"), (viaAsean.Member.Id, viaAsean.Via!.Id));
        Assert.Equal(["mech:eas", "org:asean"], bodiesOfA["state:a"].Select(a => a.Body.Id).Order(StringComparer.Ordinal));
        Assert.Equal("org:asean", bodiesOfA["state:a"].Single(a => a.Body.Id == "mech:eas").Via!.Id);
    }
}
