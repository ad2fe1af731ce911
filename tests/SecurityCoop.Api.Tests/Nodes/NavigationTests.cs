using System.Text.Json;

namespace SecurityCoop.Tests.Nodes;

/// <summary>Typed navigation from states, organisations, mechanisms and agreements, on the seed dataset.</summary>
public sealed class NavigationTests(ApiServer api)
{
    private static readonly string[] ScoFounders = ["state:china", "state:kazakhstan", "state:kyrgyzstan", "state:russia", "state:tajikistan", "state:uzbekistan"];

    [Fact]
    public async Task SCO_members_differ_between_2010_and_2023()
    {
        var data = await api.DataAsync("""
            { sco: node(id: "org:sco") { ... on Organisation {
                in2010: members(asOf: 2010) { member { id } role }
                in2023: members(asOf: "2023") { member { id } } } } }
            """);

        var in2010 = data.Path("sco.in2010");
        Assert.Equal(ScoFounders, in2010.Strings("member.id"));
        Assert.All(in2010.EnumerateArray(), m => Assert.Equal("FOUNDING_MEMBER", m.Path("role").GetString()));
        string[] in2023 = [.. ScoFounders, "state:india", "state:iran", "state:pakistan"];
        Assert.Equal(in2023.Order(StringComparer.Ordinal), data.Path("sco.in2023").Strings("member.id").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Observers_who_became_members_are_no_longer_observers_and_acceding_states_are_not_members()
    {
        var data = await api.DataAsync("""
            { sco: node(id: "org:sco") { ... on Organisation {
                observers2010: members(asOf: 2010, roles: [OBSERVER]) { member { id } until { text } relation { endedBy { id } } }
                observers2023: members(asOf: 2023, roles: [OBSERVER]) { member { id } }
                acceding: members(roles: [ACCEDING]) { member { id } } } } }
            """);

        Assert.Equal(["state:india", "state:iran", "state:mongolia", "state:pakistan"], data.Path("sco.observers2010").Strings("member.id"));
        Assert.DoesNotContain("state:india", data.Path("sco.observers2023").Strings("member.id"));
        Assert.Contains("state:mongolia", data.Path("sco.observers2023").Strings("member.id"));
        Assert.Equal(["state:belarus"], data.Path("sco.acceding").Strings("member.id"));
    }

    [Fact]
    public async Task A_states_memberships_as_of_a_year_and_its_timeline_in_order()
    {
        var data = await api.DataAsync("""
            { india: node(id: "state:india") {
                memberships(asOf: 2010, roles: [MEMBER, OBSERVER]) { body { id } role }
                timeline(relationTypes: [MEMBER_OF, OBSERVER_OF]) { date { text } moment other { id } relation { type } } } }
            """);

        var memberships = data.Path("india.memberships").EnumerateArray().Select(m => (m.Path("body.id").GetString(), m.Path("role").GetString())).ToList();
        Assert.Contains(("org:sco", "OBSERVER"), memberships);
        Assert.DoesNotContain(("org:sco", "MEMBER"), memberships);
        var sco = data.Path("india.timeline").EnumerateArray().Where(t => t.Path("other.id").GetString() == "org:sco")
            .Select(t => $"{t.Path("date.text").GetString()} {t.Path("moment").GetString()} {t.Path("relation.type").GetString()}").ToList();
        Assert.Equal(["2005-06 START OBSERVER_OF", "2016-06 END OBSERVER_OF", "2016-06 START MEMBER_OF"], sco);
    }

    [Fact]
    public async Task A_mechanism_knows_its_parent_initiatives_and_themes()
    {
        var data = await api.DataAsync("""
            { rats: node(id: "mech:rats") { ... on Mechanism {
                parent { node { id } }
                initiatives { node { id } }
                themes { node { id } } } } }
            """);

        Assert.Equal(["org:sco"], data.Path("rats.parent").Strings("node.id"));
        Assert.Contains("init:peace-mission", data.Path("rats.initiatives").Strings("node.id"));
        Assert.Contains("theme:counterterrorism", data.Path("rats.themes").Strings("node.id"));
        Assert.DoesNotContain("theme:drug-trafficking", data.Path("rats.themes").Strings("node.id").GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public async Task An_agreement_lists_its_signatories_and_the_SCO_its_agreements_with_other_organisations()
    {
        var data = await api.DataAsync("""
            { mou: node(id: "doc:sco-asean-mou-2005") { ... on Agreement { signatories { node { id } } themes { node { id } } } }
              sco: node(id: "org:sco") { ... on Organisation { jointAgreements { agreement { id } partners { id } } } } }
            """);

        Assert.Superset(new HashSet<string> { "org:sco", "org:asean" }, data.Path("mou.signatories").Strings("node.id").ToHashSet());
        Assert.Contains("theme:trafficking-in-persons", data.Path("mou.themes").Strings("node.id"));
        var joint = data.Path("sco.jointAgreements").EnumerateArray().ToDictionary(j => j.Path("agreement.id").GetString()!, j => j.GetProperty("partners").Strings("id"));
        Assert.Equal(["org:asean"], joint["doc:sco-asean-mou-2005"]);
        Assert.Equal(["org:csto"], joint["doc:sco-csto-mou-2007"]);
        Assert.Equal(["org:cis"], joint["doc:sco-cis-mou"]);
        Assert.DoesNotContain("doc:sco-charter", joint.Keys);
    }

    [Fact]
    public async Task Generic_relations_of_any_node_filter_by_direction_and_type()
    {
        var data = await api.DataAsync("""
            { node(id: "mech:rats") {
                out: relations(direction: OUTGOING, types: [HEADQUARTERED_IN]) { to { id } sources { line } }
                proposed: relations(types: [ADDRESSES], includeUnestablished: true) { status to { id } } } }
            """);

        Assert.Equal(["place:bishkek", "place:tashkent"], data.Path("node.out").Strings("to.id"));
        Assert.Contains(data.Path("node.proposed").EnumerateArray(), r => r.Path("status").GetString() == "proposed");
    }

    [Fact]
    public async Task Neighbours_can_be_capped_and_counted_so_a_client_draws_only_part_of_a_hub()
    {
        var data = await api.DataAsync("""
            { node(id: "org:sco") {
                neighbourCount(nodeTypes: [STATE])
                first: neighbours(nodeTypes: [STATE], first: 3) { node { id } }
                all: neighbours(nodeTypes: [STATE]) { node { id } } } }
            """);

        var all = data.Path("node.all").Strings("node.id");
        Assert.Equal(all.Length, data.Path("node.neighbourCount").GetInt32());
        Assert.True(all.Length > 3);
        Assert.Equal(all.Take(3), data.Path("node.first").Strings("node.id"));
    }

    [Fact]
    public async Task A_typed_navigation_field_lists_each_node_once_with_its_other_relations_as_parallel()
    {
        // Thesis lines 2365-2367: Our Eyes is like RATS's intelligence sharing (established) and could work with it (proposed, twice).
        var data = await api.DataAsync("""
            { node(id: "mech:rats") { ... on Mechanism {
                initiatives(includeUnestablished: true) { node { id } relation { type status } parallel { type status } } } } }
            """);

        var initiatives = data.Path("node.initiatives");
        var ids = initiatives.Strings("node.id");
        Assert.Equal(ids.Distinct().Count(), ids.Length);
        var ourEyes = initiatives.EnumerateArray().Single(i => i.Path("node.id").GetString() == "init:our-eyes");
        Assert.Equal(JsonValueKind.Null, ourEyes.Path("relation.status").ValueKind);
        Assert.Equal(["proposed", "proposed"], ourEyes.GetProperty("parallel").Strings("status"));
        var peaceMission = initiatives.EnumerateArray().Single(i => i.Path("node.id").GetString() == "init:peace-mission");
        Assert.Equal(("ESTABLISHED_BY", "LINKED_TO"), (peaceMission.Path("relation.type").GetString(), peaceMission.GetProperty("parallel")[0].GetProperty("type").GetString()));
    }
}
