using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

public abstract partial class GraphStoreContract
{
    private static TinyGraph Lifetimes() => new TinyGraph()
        .NodeWith("mech:forum", "founded=1994-07").NodeWith("org:five", "founded=1996", "dissolved=2001")
        .NodeWith("event:exercise", "date=2014-08-24/2014-08-29").Nodes("state:a", "state:b", "state:c")
        .Member("state:a", "mech:forum").Member("state:b", "mech:forum", "since=1996")
        .Member("state:a", "org:five").Relation(RelationType.ParticipatesIn, "state:c", "event:exercise")
        .Member("state:c", "mech:forum", "as_of=2023");

    [Fact]
    public async Task An_undated_relation_holds_only_while_both_ends_exist()
    {
        var store = await StoreWithAsync(Lifetimes());

        Assert.Empty(await MembersAsync(store, "mech:forum", "1990"));
        Assert.Equal(["state:a"], await MembersAsync(store, "mech:forum", "1994"));
        Assert.Empty(await MembersAsync(store, "mech:forum", "1994-06"));
        Assert.Equal(["state:a"], await MembersAsync(store, "org:five", "1999"));
        Assert.Empty(await MembersAsync(store, "org:five", "1995"));
        Assert.Empty(await MembersAsync(store, "org:five", "2001"));
    }

    [Fact]
    public async Task Taking_part_in_a_dated_event_holds_at_the_events_date_only()
    {
        var store = await StoreWithAsync(Lifetimes());

        async Task<string[]> PartAsync(string asOf) => await MembersAsync(store, "event:exercise", asOf);

        Assert.Equal(["state:c"], await PartAsync("2014"));
        Assert.Equal(["state:c"], await PartAsync("2014-08"));
        Assert.Equal(["state:c"], await PartAsync("2014-08-29"));
        Assert.Empty(await PartAsync("2014-09"));
        Assert.Empty(await PartAsync("2001"));
        Assert.Empty(await PartAsync("2015"));
    }

    [Fact]
    public async Task Every_tie_says_how_its_dates_were_obtained()
    {
        var store = await StoreWithAsync(Lifetimes());

        var ties = (await AffiliationsAsync(store, "mech:forum", AffiliationSide.MembersOfBodies)).ToDictionary(a => a.Member.Id, a => a.Relation.Dating);
        var five = (await AffiliationsAsync(store, "org:five", AffiliationSide.MembersOfBodies)).Single().Relation.Dating;
        var exercise = (await AffiliationsAsync(store, "event:exercise", AffiliationSide.MembersOfBodies)).Single().Relation.Dating;

        Assert.Equal(("1994-07", DateBasis.Lifetime, DateBasis.Unknown), (ties["state:a"].Start?.Text, ties["state:a"].StartBasis, ties["state:a"].UntilBasis));
        Assert.Equal(("1996", DateBasis.Stated), (ties["state:b"].Start?.Text, ties["state:b"].StartBasis));
        Assert.Equal(("2023", DateBasis.Snapshot), (ties["state:c"].Start?.Text, ties["state:c"].StartBasis));
        Assert.Equal(("1996", DateBasis.Lifetime, "2001", DateBasis.Lifetime), (five.Start?.Text, five.StartBasis, five.Until?.Text, five.UntilBasis));
        Assert.Equal(("2014-08-24/2014-08-29", DateBasis.Event, "2014-08-24/2014-08-29"), (exercise.Start?.Text, exercise.StartBasis, exercise.Last?.Text));
    }

    [Fact]
    public async Task A_path_as_of_a_year_does_not_pass_through_a_body_before_it_existed()
    {
        var store = await StoreWithAsync(Lifetimes());

        var in1990 = await store.FindPathsAsync(new PathQuery("state:a", "state:b", AsOf: PartialDate.Parse("1990")), Cancel);
        var in2000 = await store.FindPathsAsync(new PathQuery("state:a", "state:b", AsOf: PartialDate.Parse("2000")), Cancel);

        Assert.Empty(in1990);
        Assert.Equal(["state:a", "mech:forum", "state:b"], Assert.Single(in2000).Nodes.Select(n => n.Id));
    }
}
