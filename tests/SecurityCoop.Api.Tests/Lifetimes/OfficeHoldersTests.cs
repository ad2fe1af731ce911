namespace SecurityCoop.Tests.Lifetimes;

/// <summary>One holder per office at a time, on the seed data; each expected answer cites its lines.</summary>
public sealed class OfficeHoldersTests(ApiServer api)
{
    [Theory]
    // Thesis line 729: "then-SCO Secretary-General Zhang Daguang" in July 2004; line 749: Dmitry Mezentsev in December 2015;
    // line 751: Vladimir Norov in November 2019 (later "Former"); line 765: Zhang Ming in November 2022.
    [InlineData("2005", "person:zhang-daguang")]
    [InlineData("2016", "person:dmitry-mezentsev")]
    [InlineData("2020", "person:vladimir-norov")]
    [InlineData("2023", "person:zhang-ming")]
    public async Task The_SCO_has_one_Secretary_General_at_a_time(string asOf, string holder)
    {
        var data = await api.DataAsync($$"""
            { node(id: "org:sco") { relations(types: [HOLDS_POSITION_IN], direction: INCOMING, asOf: "{{asOf}}") { from { id } until { text } } } }
            """);

        var holders = data.Path("node.relations").EnumerateArray().ToList();
        Assert.Equal([holder], holders.Select(h => h.Path("from.id").GetString()));
    }

    [Fact]
    public async Task A_holder_leaves_office_when_the_successor_is_first_recorded_in_it()
    {
        var data = await api.DataAsync("""
            { node(id: "person:dmitry-mezentsev") { relations(types: [HOLDS_POSITION_IN]) { until { text } endedBy { id } dating { untilBasis } } } }
            """);

        var tenure = data.Path("node.relations")[0];
        Assert.Equal("2019-11", tenure.Path("until.text").GetString());
        Assert.Equal("rel:holds_position_in:person-vladimir-norov:org-sco", tenure.Path("endedBy.id").GetString());
        Assert.Equal("ROLE_CHANGE", tenure.Path("dating.untilBasis").GetString());
    }

    [Theory]
    // Chapter line 46: "ASEAN Ministerial Meetings on Drug Matters (ADMM)"; thesis line 637: "the first ADMM" (the defence ministers).
    [InlineData("ADMM", "mech:admm", "mech:ammd")]
    // Chapter line 46: "the ASEAN Security Community (ASC)"; line 52: "the ASEAN Standing Committee (ASC)".
    [InlineData("ASC", "mech:asean-security-community", "mech:asean-standing-committee")]
    public async Task An_acronym_two_bodies_share_in_the_texts_finds_both(string acronym, string first, string second)
    {
        var data = await api.DataAsync($$"""{ search(text: "{{acronym}}", first: 10) { node { id } match } }""");

        var exact = data.GetProperty("search").EnumerateArray().Where(h => h.GetProperty("match").GetString() == "EXACT").Select(h => h.Path("node.id").GetString()).ToList();
        Assert.Contains(first, exact);
        Assert.Contains(second, exact);
    }
}
