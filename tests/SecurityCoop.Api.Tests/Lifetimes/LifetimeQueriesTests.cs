namespace SecurityCoop.Tests.Lifetimes;

/// <summary>
/// The lifetime rules on the seed data, over HTTP: nothing holds before its body existed or after it ended, and taking
/// part in a dated event holds at the event's date. Expected answers cite the documents' lines.
/// </summary>
public sealed class LifetimeQueriesTests(ApiServer api)
{
    [Fact]
    public async Task The_ARF_has_no_participants_before_its_first_meeting_in_July_1994()
    {
        // Chapter line 60: the first ARF meeting was held in Bangkok on 25 July 1994, attended by 18 founding members.
        var data = await api.DataAsync("""
            { in1980: overlap(bodies: ["mech:arf"], asOf: 1980) { count }
              india1994June: node(id: "state:india") { memberships(asOf: "1994-06", roles: [PARTICIPANT]) { body { id } } }
              in1994: overlap(bodies: ["mech:arf"], asOf: 1994) { count }
              india1990: node(id: "state:india") { memberships(asOf: 1990) { body { id } } } }
            """);

        Assert.Equal(0, data.Path("in1980.count").GetInt32());
        // The founders' memberships say "1994" only, so they hold at year precision; India's tie states no date and is bounded by the first meeting.
        Assert.DoesNotContain("mech:arf", data.Path("india1994June.memberships").Strings("body.id"));
        Assert.True(data.Path("in1994.count").GetInt32() >= 18);
        Assert.DoesNotContain("mech:arf", data.Path("india1990.memberships").Strings("body.id"));
    }

    [Fact]
    public async Task An_undated_tie_to_the_ARF_says_it_is_bounded_by_the_ARFs_lifetime()
    {
        var data = await api.DataAsync("""
            { node(id: "state:india") { memberships(roles: [PARTICIPANT]) { body { id } dating { start { text } startBasis untilBasis } } } }
            """);

        var arf = data.Path("node.memberships").EnumerateArray().Single(m => m.Path("body.id").GetString() == "mech:arf");
        Assert.Equal(("1994-07-25", "LIFETIME", "UNKNOWN"), (arf.Path("dating.start.text").GetString(), arf.Path("dating.startBasis").GetString(), arf.Path("dating.untilBasis").GetString()));
    }

    [Fact]
    public async Task Taking_part_in_Peace_Mission_2014_holds_in_2014_and_not_in_2001()
    {
        // The exercise of 2014 (chapter, Peace Mission paragraph): China, Kazakhstan, Kyrgyzstan, Russia and Tajikistan took part.
        var data = await api.DataAsync("""
            { in2001: overlap(bodies: ["event:peace-mission-2014"], asOf: 2001) { count }
              in2014: overlap(bodies: ["event:peace-mission-2014"], asOf: 2014) { members { node { id } affiliations { dating { startBasis at { text } } } } }
              in2015: overlap(bodies: ["event:peace-mission-2014"], asOf: 2015) { count } }
            """);

        Assert.Equal(0, data.Path("in2001.count").GetInt32());
        Assert.Equal(0, data.Path("in2015.count").GetInt32());
        Assert.Equal(["state:china", "state:kazakhstan", "state:kyrgyzstan", "state:russia", "state:tajikistan"], data.Path("in2014.members").Strings("node.id"));
        var dating = data.Path("in2014.members")[0].GetProperty("affiliations")[0].GetProperty("dating");
        Assert.Equal(("EVENT", "2014"), (dating.GetProperty("startBasis").GetString(), dating.Path("at.text").GetString()));
    }

    [Fact]
    public async Task The_Shanghai_Five_has_members_from_1996_until_its_restructuring_into_the_SCO_in_2001()
    {
        // Chapter line 82: established in 1996 by China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan; line 88: restructured in 2001.
        var data = await api.DataAsync("""
            { in1995: overlap(bodies: ["org:shanghai-five"], asOf: 1995) { count }
              in1999: overlap(bodies: ["org:shanghai-five"], asOf: 1999) { members { node { id } } }
              in2001: overlap(bodies: ["org:shanghai-five"], asOf: 2001) { count }
              five: node(id: "org:shanghai-five") { founded { text } props { key value } } }
            """);

        Assert.Equal(0, data.Path("in1995.count").GetInt32());
        Assert.Equal(["state:china", "state:kazakhstan", "state:kyrgyzstan", "state:russia", "state:tajikistan"], data.Path("in1999.members").Strings("node.id"));
        Assert.Equal(0, data.Path("in2001.count").GetInt32());
        Assert.Contains(data.Path("five.props").EnumerateArray(), p => p.GetProperty("key").GetString() == "dissolved" && p.GetProperty("value").GetString() == "2001");
    }

    [Fact]
    public async Task A_shortest_path_as_of_1990_does_not_run_through_bodies_founded_later()
    {
        // ASEAN was founded in 1967 (chapter line 17); the ARF in 1994 and the SCO in 2001 (chapter lines 60 and 82).
        var data = await api.DataAsync("""
            { shortestPath(from: "state:india", to: "state:russia", asOf: 1990, excludeWeakLinks: true) {
                nodes { id } steps { relation { dating { start { text } startBasis } } } } }
            """);

        var path = data.GetProperty("shortestPath");
        if (path.ValueKind == System.Text.Json.JsonValueKind.Null)
            return;
        Assert.DoesNotContain(path.GetProperty("nodes").Strings("id"), id => id is "mech:arf" or "org:sco" or "mech:rats");
        Assert.All(path.GetProperty("steps").EnumerateArray(), s =>
        {
            var start = s.Path("relation.dating.start.text");
            Assert.True(start.ValueKind == System.Text.Json.JsonValueKind.Null || string.CompareOrdinal(start.GetString(), "1991") < 0, $"a step starts in {start}");
        });
    }
}
