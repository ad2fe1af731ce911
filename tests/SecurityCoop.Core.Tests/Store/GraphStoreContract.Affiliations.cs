using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    /// <summary>The affiliations of one node as a field answers them: the store's raw material under the affiliation rules.</summary>
    private static async Task<IReadOnlyList<Affiliation>> AffiliationsAsync(IGraphStore store, string id, AffiliationSide side,
        AffiliationFilter? filter = null, bool through = false)
    {
        var material = await store.GetMaterialAsync(new MaterialQuery(Affiliations: [new AffiliationRequest(id, side, through)]), Cancel);
        return (filter ?? new AffiliationFilter()).Apply(material.Affiliations[0], side);
    }

    private static async Task<string[]> MembersAsync(IGraphStore store, string body, string? asOf = null,
        AffiliationRole[]? roles = null, bool through = false)
    {
        var filter = new AffiliationFilter(roles?.ToHashSet(), new FactFilter(asOf is null ? null : PartialDate.Parse(asOf)));
        var result = await AffiliationsAsync(store, body, AffiliationSide.MembersOfBodies, filter, through);
        return [.. result.Select(a => a.Member.Id).Distinct().Order(StringComparer.Ordinal)];
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
            .Relation(RelationType.ObserverOf, "state:a", "org:x", "since=2005")
            .Member("state:a", "org:x", "since=2017-06"));
        AffiliationRole[] observers = [AffiliationRole.Observer];

        Assert.Equal(["state:a"], await MembersAsync(store, "org:x", "2016", observers));
        Assert.Empty(await MembersAsync(store, "org:x", "2017", observers));
        var in2017 = await AffiliationsAsync(store, "org:x", AffiliationSide.MembersOfBodies,
            new AffiliationFilter(new HashSet<AffiliationRole> { AffiliationRole.Member, AffiliationRole.Observer }, new FactFilter(PartialDate.Parse("2017"))));
        Assert.Equal([AffiliationRole.Member], in2017.Select(a => a.Role));
        var all = await AffiliationsAsync(store, "state:a", AffiliationSide.BodiesOfMembers, new AffiliationFilter(observers.ToHashSet()));
        var observer = Assert.Single(all);
        Assert.Equal("2017-06", observer.Relation.Until?.Text);
        Assert.NotNull(observer.Relation.EndedBy);
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

        var established = await AffiliationsAsync(store, "org:x", AffiliationSide.MembersOfBodies);
        var all = await AffiliationsAsync(store, "org:x", AffiliationSide.MembersOfBodies, new AffiliationFilter(Facts: new FactFilter(IncludeUnestablished: true)));

        Assert.Empty(established);
        Assert.Single(all);
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
        var through = await AffiliationsAsync(store, "mech:eas", AffiliationSide.MembersOfBodies,
            new AffiliationFilter(Facts: new FactFilter(PartialDate.Parse("1990"))), through: true);
        var bodiesOfA = await AffiliationsAsync(store, "state:a", AffiliationSide.BodiesOfMembers, through: true);

        Assert.Equal(["org:asean", "state:c"], direct);
        var viaAsean = Assert.Single(through, a => !a.IsDirect);
        Assert.Equal(("state:a", "org:asean"), (viaAsean.Member.Id, viaAsean.Via!.Id));
        Assert.Equal(["mech:eas", "org:asean"], bodiesOfA.Select(a => a.Body.Id).Order(StringComparer.Ordinal));
        Assert.Equal("org:asean", bodiesOfA.Single(a => a.Body.Id == "mech:eas").Via!.Id);
    }

    [Fact]
    public async Task A_role_filter_applies_to_the_members_tie_to_the_organisation_it_comes_through_on_both_sides()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("mech:m", "org:o", "state:a", "state:b")
            .Member("org:o", "mech:m", "role=founding")
            .Member("state:a", "org:o", "role=full")
            .Member("state:b", "org:o", "role=founding"));
        var founders = new AffiliationFilter(new HashSet<AffiliationRole> { AffiliationRole.FoundingMember });

        var members = await AffiliationsAsync(store, "mech:m", AffiliationSide.MembersOfBodies, founders, through: true);
        var bodiesOfA = await AffiliationsAsync(store, "state:a", AffiliationSide.BodiesOfMembers, founders, through: true);
        var bodiesOfB = await AffiliationsAsync(store, "state:b", AffiliationSide.BodiesOfMembers, founders, through: true);

        Assert.Equal(["org:o", "state:b"], members.Select(a => a.Member.Id).Order(StringComparer.Ordinal));
        Assert.Empty(bodiesOfA);
        Assert.Equal(["mech:m", "org:o"], bodiesOfB.Select(a => a.Body.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Memberships_filter_by_reporting_document_and_by_start_range()
    {
        var store = await StoreWithAsync(new TinyGraph().Nodes("state:a", "org:x", "org:y", "org:z", "org:w")
            .Member("state:a", "org:x", "since=1990", "@doc=chapter.txt")
            .Member("state:a", "org:y", "since=2005-03", "@doc=thesis.txt")
            .Member("state:a", "org:z", "since=2010", "@doc=thesis.txt")
            .Member("state:a", "org:w", "@doc=thesis.txt"));

        async Task<string[]> BodiesAsync(FactFilter facts) =>
            [.. (await AffiliationsAsync(store, "state:a", AffiliationSide.BodiesOfMembers, new AffiliationFilter(Facts: facts))).Select(a => a.Body.Id)];

        Assert.Equal(["org:x"], await BodiesAsync(new FactFilter(Documents: new HashSet<string> { "chapter.txt" })));
        Assert.Equal(["org:y", "org:z"], await BodiesAsync(new FactFilter(Since: new DateRange(PartialDate.Parse("2005")))));
        Assert.Equal(["org:y"], await BodiesAsync(new FactFilter(Since: new DateRange(PartialDate.Parse("2005"), PartialDate.Parse("2005")))));
        Assert.Equal(["org:x", "org:y"], await BodiesAsync(new FactFilter(Since: new DateRange(To: PartialDate.Parse("2005-06")))));
    }
}
