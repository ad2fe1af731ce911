namespace SecurityCoop.Tests.Overlaps;

/// <summary>Overlap questions on the seed dataset, over HTTP.</summary>
public sealed class OverlapQueriesTests(ApiServer api)
{
    private static readonly string[] AseanInArf =
        ["state:brunei", "state:cambodia", "state:indonesia", "state:laos", "state:malaysia", "state:myanmar", "state:philippines", "state:singapore", "state:thailand", "state:vietnam"];

    [Fact]
    public async Task States_in_both_ASEAN_and_the_ARF()
    {
        var data = await api.DataAsync("""{ overlap(bodies: ["org:asean", "mech:arf"]) { count members { node { id } affiliations { body { id } role } } } }""");

        // Chapter lines 60-61: eight ASEAN states were among the ARF's founders; thesis line 917: the ARF is the channel for
        // ASEAN's member states, Cambodia and Myanmar included.
        Assert.Equal(10, data.Path("overlap.count").GetInt32());
        Assert.Equal(AseanInArf, data.Path("overlap.members").Strings("node.id"));
    }

    [Fact]
    public async Task ASEAN_members_as_of_1990_and_2023()
    {
        var data = await api.DataAsync("""
            { in1990: overlap(bodies: ["org:asean"], asOf: 1990) { members { node { id } } }
              in2023: overlap(bodies: ["org:asean"], asOf: 2023) { count }
              founders: overlap(bodies: ["org:asean"], roles: [FOUNDING_MEMBER]) { count } }
            """);

        Assert.Equal(["state:brunei", "state:indonesia", "state:malaysia", "state:philippines", "state:singapore", "state:thailand"],
            data.Path("in1990.members").Strings("node.id"));
        Assert.Equal(10, data.Path("in2023.count").GetInt32());
        Assert.Equal(5, data.Path("founders.count").GetInt32());
    }

    [Fact]
    public async Task ARF_participants_not_in_ASEAN_include_ASEAN_itself_and_the_outside_powers()
    {
        var data = await api.DataAsync("""{ difference(of: "mech:arf", notIn: "org:asean") { members { node { id } } } }""");

        Assert.Equal(["org:asean", "org:eu", "state:australia", "state:canada", "state:china", "state:india", "state:japan", "state:new-zealand",
            "state:papua-new-guinea", "state:russia", "state:south-korea", "state:united-states"], data.Path("difference.members").Strings("node.id"));
    }

    [Fact]
    public async Task ASEAN_states_count_at_the_East_Asia_Summit_through_ASEAN_and_the_answer_says_so()
    {
        var data = await api.DataAsync("""
            { direct: overlap(bodies: ["mech:eas", "org:asean"]) { count }
              through: overlap(bodies: ["mech:eas", "org:asean"], throughMembers: true) {
                count members { node { id } throughMembersOnly affiliations { body { id } via { id } } } } }
            """);

        Assert.Equal(0, data.Path("direct.count").GetInt32());
        Assert.Equal(10, data.Path("through.count").GetInt32());
        var vietnam = data.Path("through.members").EnumerateArray().Single(m => m.Path("node.id").GetString() == "state:vietnam");
        Assert.True(vietnam.Path("throughMembersOnly").GetBoolean());
        Assert.Contains(vietnam.GetProperty("affiliations").EnumerateArray(), a => a.Path("body.id").GetString() == "mech:eas" && a.Path("via.id").GetString() == "org:asean");
    }

    [Fact]
    public async Task Comparing_the_SCO_and_the_EAS_gives_size_union_and_jaccard()
    {
        var data = await api.DataAsync("""
            { compare(a: "org:sco", b: "mech:eas", asOf: 2023, memberTypes: [STATE]) {
                figures { sizeA sizeB intersection union jaccard } both { node { id } } onlyA { node { id } } } }
            """);

        var figures = data.Path("compare.figures");
        Assert.Equal((9, 8, 3, 14), (figures.Path("sizeA").GetInt32(), figures.Path("sizeB").GetInt32(), figures.Path("intersection").GetInt32(), figures.Path("union").GetInt32()));
        Assert.Equal(3.0 / 14, figures.Path("jaccard").GetDouble(), 6);
        Assert.Equal(["state:china", "state:india", "state:russia"], data.Path("compare.both").Strings("node.id"));
        Assert.Equal(6, data.Path("compare.onlyA").GetArrayLength());
    }

    [Fact]
    public async Task The_overlap_matrix_has_a_cell_per_pair_in_the_order_asked()
    {
        var data = await api.DataAsync("""{ overlapMatrix(bodies: ["org:asean", "mech:arf", "org:sco"]) { bodies { id } cells { a { id } b { id } intersection jaccard } } }""");

        var cells = data.Path("overlapMatrix.cells").EnumerateArray().Select(c => (c.Path("a.id").GetString(), c.Path("b.id").GetString(), c.Path("intersection").GetInt32())).ToList();
        Assert.Equal([("org:asean", "mech:arf", 10), ("org:asean", "org:sco", 0), ("mech:arf", "org:sco", 3)], cells);
        // ASEAN's 10 members and the ARF's 18 founders, ASEAN itself, India, Cambodia and Myanmar: 10 shared of 22.
        Assert.Equal(10.0 / 22, data.Path("overlapMatrix.cells")[0].Path("jaccard").GetDouble(), 6);
    }
}
