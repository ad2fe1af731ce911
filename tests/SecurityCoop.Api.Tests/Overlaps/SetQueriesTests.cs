namespace SecurityCoop.Tests.Overlaps;

/// <summary>
/// Set questions on the seed dataset, over HTTP, each one call. The expected answers are read from the two documents:
/// the chapter (000_fd036e14e5f0e6b0.txt) and the thesis (001_df8979263b835203.txt); the lines are given with each.
/// </summary>
public sealed class SetQueriesTests(ApiServer api)
{
    private const string Chapter = "000_fd036e14e5f0e6b0.txt";
    private const string Thesis = "001_df8979263b835203.txt";

    private async Task<string[]> MembersAsync(string arguments)
    {
        var data = await api.DataAsync($$"""{ sets({{arguments}}) { members { node { id } } } }""");
        return data.Path("sets.members").Strings("node.id");
    }

    [Fact]
    public async Task EAS_states_that_were_not_among_the_ARFs_founding_participants()
    {
        // Thesis footnote 193 (line 889): the EAS is the ten ASEAN states and eight others; chapter lines 60-61: the 18
        // founders of 1994. Of the EAS states, India, Cambodia and Myanmar were not founders.
        var members = await MembersAsync("""
            all: [{affiliates: {body: "mech:eas", throughMembers: true, memberTypes: [STATE]}}]
            none: [{affiliates: {body: "mech:arf", roles: [FOUNDING_MEMBER]}}]
            """);

        Assert.Equal(["state:cambodia", "state:india", "state:myanmar"], members);
    }

    [Fact]
    public async Task SCO_members_in_2023_that_were_not_in_the_Shanghai_Five()
    {
        // Chapter line 82: nine members in 2023; the Shanghai Five of 1996 were China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan.
        var members = await MembersAsync("""
            all: [{affiliates: {body: "org:sco", asOf: 2023}}]
            none: [{affiliates: {body: "org:shanghai-five", asOf: 2000}}]
            """);
        var sameYear = await MembersAsync("""
            all: [{affiliates: {body: "org:sco", asOf: 2023}}]
            none: [{affiliates: {body: "org:shanghai-five", asOf: 2023}}]
            """);

        Assert.Equal(["state:india", "state:iran", "state:pakistan", "state:uzbekistan"], members);
        Assert.Equal(9, sameYear.Length);
    }

    [Fact]
    public async Task Themes_that_RATS_and_the_2005_SCO_ASEAN_MOU_both_address_with_the_relations_that_say_so()
    {
        // RATS: chapter lines 131 and 147, thesis line 869; the MOU: thesis lines 1165 and 1247 (chapter line 182 speaks of the
        // SCO's four MOUs together, so it is no source for this one).
        var data = await api.DataAsync("""
            { sets(all: [{neighbours: {node: "mech:rats", relationTypes: [ADDRESSES], direction: OUTGOING}, label: "RATS themes"},
                         {neighbours: {node: "doc:sco-asean-mou-2005", relationTypes: [ADDRESSES], direction: OUTGOING}}]) {
                operands { label size } members { node { id } evidence { operand { label } relations { relation { type sources { line } } } } } } }
            """);

        Assert.Equal(["theme:arms-trafficking", "theme:counterterrorism", "theme:drug-trafficking", "theme:money-laundering", "theme:transnational-crime"],
            data.Path("sets.members").Strings("node.id"));
        Assert.Equal(["RATS themes", "neighbours of doc:sco-asean-mou-2005"], data.Path("sets.operands").Strings("label"));
        var crime = data.Path("sets.members")[4].GetProperty("evidence");
        Assert.Equal(147, crime[0].Path("relations")[0].Path("relation.sources")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Co_sponsors_of_the_draft_UN_resolution_on_UN_SCO_cooperation_who_are_also_SCO_members()
    {
        // Thesis line 353: China, India, Kazakhstan, Kyrgyzstan, Russia, Sudan and Tajikistan; Sudan is no SCO member.
        var members = await MembersAsync("""
            all: [{neighbours: {node: "doc:unga-draft-resolution-un-sco-cooperation", relationTypes: [LINKED_TO], direction: INCOMING, nodeTypes: [STATE]}},
                  {affiliates: {body: "org:sco"}}]
            """);

        Assert.Equal(["state:china", "state:india", "state:kazakhstan", "state:kyrgyzstan", "state:russia", "state:tajikistan"], members);
    }

    [Fact]
    public async Task SCO_members_the_chapter_reports_and_memberships_that_started_in_or_after_2005()
    {
        // Chapter line 82 names all nine members; thesis lines 563 and 597: India and Pakistan in 2016, Iran in 2022.
        var data = await api.DataAsync($$"""
            { sco: node(id: "org:sco") { ... on Organisation {
                fromChapter: members(documents: ["{{Chapter}}"]) { member { id } }
                since2005: members(since: {from: 2005}) { member { id } since { text } } } }
              india: node(id: "state:india") { memberships(since: {from: 2005, to: 2020}, roles: [MEMBER]) { body { id } } } }
            """);

        Assert.Equal(9, data.Path("sco.fromChapter").GetArrayLength());
        Assert.Equal(["state:india", "state:iran", "state:pakistan"], data.Path("sco.since2005").Strings("member.id").Order(StringComparer.Ordinal));
        Assert.Equal(["org:sco"], data.Path("india.memberships").Strings("body.id"));
    }

    [Fact]
    public async Task SCO_observers_of_2010_that_were_members_by_2023()
    {
        // Thesis line 539: observer status for India, Iran, Pakistan and Mongolia in June 2005; Mongolia is still an observer in 2023 (chapter line 82).
        var members = await MembersAsync("""all: [{affiliates: {body: "org:sco", roles: [OBSERVER], asOf: 2010}}, {affiliates: {body: "org:sco", asOf: 2023}}]""");

        Assert.Equal(["state:india", "state:iran", "state:pakistan"], members);
    }

    [Fact]
    public async Task States_in_the_SCO_or_ASEAN_in_2023()
    {
        // Chapter line 82: nine SCO members; ASEAN's ten; no state is in both.
        var data = await api.DataAsync("""
            { sets(any: [{affiliates: {body: "org:sco", asOf: 2023}}, {affiliates: {body: "org:asean", asOf: 2023}}]) {
                count members { node { id } evidence { operand { name } } } } }
            """);

        Assert.Equal(19, data.Path("sets.count").GetInt32());
        Assert.All(data.Path("sets.members").EnumerateArray(), m => Assert.Equal(1, m.GetProperty("evidence").GetArrayLength()));
    }

    [Fact]
    public async Task ASEAN_founders_that_also_founded_the_ARF_and_sit_in_the_EAS()
    {
        // ASEAN's five founders of 1967 were all among the ARF's 18 founders (chapter lines 60-61) and are EAS members through ASEAN.
        var members = await MembersAsync("""
            all: [{affiliates: {body: "org:asean", roles: [FOUNDING_MEMBER]}}, {affiliates: {body: "mech:arf", roles: [FOUNDING_MEMBER]}},
                  {affiliates: {body: "mech:eas", throughMembers: true}}]
            """);

        Assert.Equal(["state:indonesia", "state:malaysia", "state:philippines", "state:singapore", "state:thailand"], members);
    }

    [Fact]
    public async Task Listed_states_that_were_not_SCO_members_in_2010()
    {
        var members = await MembersAsync("""all: [{ids: ["state:china", "state:india", "state:japan"]}] none: [{affiliates: {body: "org:sco", asOf: 2010}}]""");

        Assert.Equal(["state:india", "state:japan"], members);
    }

    [Fact]
    public async Task ARF_states_outside_the_East_Asia_Summit()
    {
        // Of the ARF's founders (chapter lines 60-61), Canada and Papua New Guinea are not among the EAS's 18 (thesis line 889).
        var members = await MembersAsync("""
            all: [{affiliates: {body: "mech:arf", memberTypes: [STATE]}}]
            none: [{affiliates: {body: "mech:eas", throughMembers: true}}]
            """);

        Assert.Equal(["state:canada", "state:papua-new-guinea"], members);
    }

    [Fact]
    public async Task Themes_RATS_addresses_that_the_thesis_says_the_2005_MOU_addresses()
    {
        // Thesis lines 1165 and 1247 name the MOU's themes; money laundering is the thesis's alone.
        var members = await MembersAsync("""
            all: [{neighbours: {node: "mech:rats", relationTypes: [ADDRESSES], direction: OUTGOING}},
                  {neighbours: {node: "doc:sco-asean-mou-2005", relationTypes: [ADDRESSES], direction: OUTGOING, documents: ["THESIS"]}}]
            """.Replace("THESIS", Thesis, StringComparison.Ordinal));

        Assert.Equal(["theme:arms-trafficking", "theme:counterterrorism", "theme:drug-trafficking", "theme:money-laundering", "theme:transnational-crime"], members);
    }

    [Fact]
    public async Task ASEAN_compared_with_itself_twenty_years_on_and_a_matrix_over_operands()
    {
        // ASEAN grew from six in 1990 to ten: Vietnam (1995), Laos and Myanmar (1997), Cambodia (1999).
        var data = await api.DataAsync("""
            { compareSets(a: {affiliates: {body: "org:asean", asOf: 1990}}, b: {affiliates: {body: "org:asean", asOf: 2010}}) {
                figures { sizeA sizeB intersection union jaccard } onlyB { node { id } } }
              setMatrix(operands: [{affiliates: {body: "org:asean", asOf: 2023}}, {affiliates: {body: "mech:arf", roles: [FOUNDING_MEMBER]}},
                                   {ids: ["state:cambodia", "state:myanmar", "state:india"]}]) {
                cells { a { name } b { name } intersection union } } }
            """);

        var figures = data.Path("compareSets.figures");
        Assert.Equal((6, 10, 6, 10), (figures.Path("sizeA").GetInt32(), figures.Path("sizeB").GetInt32(), figures.Path("intersection").GetInt32(), figures.Path("union").GetInt32()));
        Assert.Equal(["state:cambodia", "state:laos", "state:myanmar", "state:vietnam"], data.Path("compareSets.onlyB").Strings("node.id"));
        var cells = data.Path("setMatrix.cells").EnumerateArray().Select(c => (c.Path("a.name").GetString(), c.Path("b.name").GetString(), c.Path("intersection").GetInt32(), c.Path("union").GetInt32())).ToList();
        Assert.Equal([("operands[0]", "operands[1]", 8, 20), ("operands[0]", "operands[2]", 2, 11), ("operands[1]", "operands[2]", 0, 21)], cells);
    }

    [Theory]
    [InlineData("""{ sets { count } }""", 200, "INVALID_ARGUMENT", "'all' or 'any'")]
    [InlineData("""{ sets(all: []) { count } }""", 200, "INVALID_ARGUMENT", "'all' or 'any'")]
    [InlineData("""{ sets(none: [{ids: ["state:china"]}]) { count } }""", 200, "INVALID_ARGUMENT", "only takes nodes away")]
    [InlineData("""{ sets(all: [{affiliates: {body: "org:sco"}}], none: [{ids: ["state:china"]}, {affiliates: {body: "org:nowhere"}}]) { count } }""", 200, "NODE_NOT_FOUND", "none[1]")]
    [InlineData("""{ sets(all: [{ids: ["state:china", "state:atlantis"]}]) { count } }""", 200, "NODE_NOT_FOUND", "state:atlantis")]
    [InlineData("""{ sets(all: [{neighbours: {node: "mech:nowhere"}}]) { count } }""", 200, "NODE_NOT_FOUND", "all[0]")]
    [InlineData("""{ sets(all: [{neighbours: {node: "mech:rats", relationTypes: [FUNDS]}}]) { count } }""", 400, "ARGUMENTS_OF_CORRECT_TYPE", "relationTypes")]
    [InlineData("""{ sets(all: [{affiliates: {body: "org:sco", since: {from: 2010, to: 2001}}}]) { count } }""", 200, "BAD_DATE", "all[0]")]
    [InlineData("""{ sets(any: [{affiliates: {body: "org:sco"}, ids: ["state:china"]}]) { count } }""", 200, "INVALID_ARGUMENT", "any[0]")]
    [InlineData("""{ sets(all: [{label: "nothing"}]) { count } }""", 200, "INVALID_ARGUMENT", "exactly one")]
    [InlineData("""{ sets(all: [{affiliates: {body: "org:sco", roles: []}}]) { count } }""", 200, "INVALID_ARGUMENT", "all[0].affiliates.roles")]
    [InlineData("""{ setMatrix(operands: [{ids: ["state:china"]}]) { cells { intersection } } }""", 200, "INVALID_ARGUMENT", "at least two")]
    [InlineData("""{ node(id: "org:sco") { ... on Organisation { members(since: {from: 2023, to: 2001}) { role } } } }""", 200, "BAD_DATE", "'since'")]
    [InlineData("""{ overlap(bodies: ["org:sco", "org:nowhere"]) { count } }""", 200, "NODE_NOT_FOUND", "bodies[1]")]
    public async Task A_mistake_in_an_operand_gets_a_coded_error_that_names_it(string query, int status, string code, string hint)
    {
        var (actualStatus, actualCode, message) = await api.ErrorAsync(query);

        Assert.Equal((status, code), (actualStatus, actualCode));
        Assert.Contains(hint, message, StringComparison.Ordinal);
    }
}
