namespace SecurityCoop.Tests.Lifetimes;

/// <summary>Memberships at given years, founders and organisers on the seed data; each expected answer cites its lines.</summary>
public sealed class MembershipYearsTests(ApiServer api)
{
    [Theory]
    // Chapter lines 17-34: ASEAN's five founders of 1967, Brunei in 1984, Vietnam in 1995, Laos and Myanmar in 1997.
    [InlineData("org:asean", "1967", 5)]
    [InlineData("org:asean", "1990", 6)]
    [InlineData("org:asean", "1996", 7)]
    [InlineData("org:asean", "1998", 9)]
    // Thesis line 563: India and Pakistan joined at the June 2016 Tashkent summit; line 597 and chapter line 82: Iran in September 2022.
    [InlineData("org:sco", "2016-05", 6)]
    [InlineData("org:sco", "2016", 8)]
    [InlineData("org:sco", "2022-08", 8)]
    [InlineData("org:sco", "2022", 9)]
    public async Task Members_at_a_given_date_follow_the_joining_dates_the_documents_give(string body, string asOf, int members)
    {
        var data = await api.DataAsync($$"""{ overlap(bodies: ["{{body}}"], asOf: "{{asOf}}") { count } }""");

        Assert.Equal(members, data.Path("overlap.count").GetInt32());
    }

    [Fact]
    public async Task RATS_has_organised_the_Peace_Mission_exercises_since_2005_while_the_sources_disagree_on_the_first_year()
    {
        // Thesis line 1401: "Since 2005, the RATS has organized the Peace Mission military exercises"; line 519 gives 2004 as well.
        var data = await api.DataAsync("""
            { node(id: "init:peace-mission") { relations(types: [ESTABLISHED_BY]) { to { id } date { text } sources { line } } }
              conflicts(subject: "init:peace-mission") { kind claims { date { text } } } }
            """);

        var byRats = data.Path("node.relations").EnumerateArray().Single(r => r.Path("to.id").GetString() == "mech:rats");
        Assert.Equal(("2005", 1401), (byRats.Path("date.text").GetString(), byRats.GetProperty("sources")[0].GetProperty("line").GetInt32()));
        var conflict = data.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("kind").GetString() == "DATE");
        Assert.Equal(["2004", "2005"], conflict.GetProperty("claims").EnumerateArray().Select(c => c.Path("date.text").GetString()).Order());
    }

    [Fact]
    public async Task The_ARFs_founders_of_1994_are_eighteen_and_the_EU_is_one_of_them()
    {
        // Chapter lines 60-61: "18 founding members: the ASEAN countries (Indonesia, Malaysia, Philippines, Singapore, Thailand, Brunei), ... and the European Union".
        var data = await api.DataAsync("""{ overlap(bodies: ["mech:arf"], roles: [FOUNDING_MEMBER], asOf: 1994) { count members { node { id } } } }""");

        Assert.Equal(18, data.Path("overlap.count").GetInt32());
        Assert.Contains("org:eu", data.Path("overlap.members").Strings("node.id"));
    }
}
