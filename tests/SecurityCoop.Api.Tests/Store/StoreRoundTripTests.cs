using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using SecurityCoop.Api;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

/// <summary>
/// A GraphQL request costs one store call per resolved field level, batched by ids, never one per parent: the
/// property that keeps a remote store (Neo4j) fast. Checked by counting calls into the store.
/// </summary>
public sealed class StoreRoundTripTests : IAsyncLifetime
{
    private WebApplication? app;
    private CountingGraphStore store = null!;
    private readonly HttpClient client = new();

    public async ValueTask InitializeAsync()
    {
        app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], services =>
        {
            var embedded = services.BuildServiceProvider().GetRequiredService<IGraphStore>();
            store = new CountingGraphStore(embedded);
            services.AddSingleton<IGraphStore>(store);
        });
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (app is not null)
            await app.DisposeAsync();
    }

    private async Task<IReadOnlyDictionary<string, int>> CallsForAsync(string query)
    {
        store.Reset();
        var body = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(new Uri(app!.Urls.First()), "/graphql"), body, TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return new Dictionary<string, int>(store.Calls);
    }

    [Fact]
    public async Task Relations_memberships_and_relation_ends_of_forty_states_cost_one_call_each()
    {
        var calls = await CallsForAsync("{ states(first: 40) { nodes { id relations { from { id } to { name } } memberships(asOf: 2020) { body { id } } } } }");

        Assert.Equal(new Dictionary<string, int>
        {
            ["ListNodesAsync"] = 1,
            ["GetMaterialAsync"] = 2,
            ["GetNodesAsync"] = 1,
        }, calls);
    }

    [Fact]
    public async Task Sibling_fields_asking_for_the_same_relation_types_in_any_order_share_one_call_and_other_types_get_their_own()
    {
        var calls = await CallsForAsync("""
            { states(first: 40) { nodes { id
                a: relations(types: [MEMBER_OF, OBSERVER_OF], direction: OUTGOING) { id }
                b: relations(types: [OBSERVER_OF, MEMBER_OF], direction: OUTGOING) { id }
                c: relations(types: [PARTICIPATES_IN], direction: OUTGOING) { id } } } }
            """);

        Assert.Equal(new Dictionary<string, int> { ["ListNodesAsync"] = 1, ["GetMaterialAsync"] = 2 }, calls);
    }

    [Fact]
    public async Task Conflicts_of_a_page_of_nodes_and_the_relations_their_claims_name_cost_one_call_each()
    {
        var calls = await CallsForAsync("{ allNodes(first: 100) { nodes { conflicts { id claims { relations { id from { id } } } } } } }");

        Assert.Equal(1, calls["ConflictsAsync"]);
        Assert.Equal(1, calls["GetRelationsByIdAsync"]);
        Assert.Equal(1, calls["GetNodesAsync"]);
    }

    [Fact]
    public async Task Typed_navigation_over_a_page_of_organisations_costs_one_store_call_per_field_with_the_nodes_at_the_other_ends()
    {
        var calls = await CallsForAsync("""
            { organisations(first: 20) { nodes { ... on Organisation {
                themes { node { id } }
                members(asOf: 2010) { member { id } }
                partners { node { id } relation { from { id } } } } } } }
            """);

        Assert.Equal(1, calls["ListNodesAsync"]);
        Assert.Equal(3, calls["GetMaterialAsync"]);
        Assert.True(calls.GetValueOrDefault("GetNodesAsync") <= 1, $"GetNodesAsync was called {calls.GetValueOrDefault("GetNodesAsync")} times");
    }

    [Fact]
    public async Task Timelines_of_forty_states_cost_one_material_call_and_match_the_timeline_question()
    {
        const string Entry = "moment date { text } relation { id } other { id }";
        var calls = await CallsForAsync("{ states(first: 40) { nodes { id timeline { " + Entry + " } } } }");
        Assert.Equal(new Dictionary<string, int> { ["ListNodesAsync"] = 1, ["GetMaterialAsync"] = 1 }, calls);

        foreach (var (id, arguments) in new[] { ("state:india", ""), ("org:sco", "(relationTypes: [MEMBER_OF, OBSERVER_OF])"), ("mech:arf", "(includeUnestablished: true)"), ("org:asean", "(documents: [\"000_fd036e14e5f0e6b0.txt\"])") })
        {
            var root = await DataAsync($"{{ timeline(id: \"{id}\"{(arguments.Length > 0 ? ", " + arguments[1..^1] : "")}) {{ {Entry} }} }}");
            var field = await DataAsync($"{{ node(id: \"{id}\") {{ timeline{arguments} {{ {Entry} }} }} }}");
            Assert.True(root.GetProperty("timeline").GetArrayLength() > 0, id);
            Assert.Equal(root.GetProperty("timeline").GetRawText(), field.GetProperty("node").GetProperty("timeline").GetRawText());
        }
    }

    [Fact]
    public async Task Joint_agreements_of_a_page_of_organisations_cost_two_material_calls_and_match_each_organisation_asked_alone()
    {
        const string Joint = "jointAgreements(partnerTypes: [ORGANISATION, MECHANISM]) { agreement { id } partners { id } relations { id } }";
        var calls = await CallsForAsync("{ organisations(first: 20) { nodes { id ... on Organisation { " + Joint + " } } } }");
        Assert.Equal(new Dictionary<string, int> { ["ListNodesAsync"] = 1, ["GetMaterialAsync"] = 2 }, calls);

        var page = (await DataAsync("{ organisations(first: 20) { nodes { id ... on Organisation { " + Joint + " } } } }")).GetProperty("organisations").GetProperty("nodes");
        var withAgreements = 0;
        foreach (var organisation in page.EnumerateArray())
        {
            var id = organisation.GetProperty("id").GetString()!;
            var alone = await DataAsync($"{{ node(id: \"{id}\") {{ ... on Organisation {{ {Joint} }} }} }}");
            Assert.Equal(alone.GetProperty("node").GetProperty("jointAgreements").GetRawText(), organisation.GetProperty("jointAgreements").GetRawText());
            withAgreements += organisation.GetProperty("jointAgreements").GetArrayLength() > 0 ? 1 : 0;
        }
        Assert.True(withAgreements >= 2);
    }

    [Fact]
    public async Task Root_node_fields_under_aliases_share_one_lookup()
    {
        var calls = await CallsForAsync("""{ a: node(id: "org:sco") { id } b: node(id: "org:asean") { id } c: nodes(ids: ["mech:arf", "org:sco"]) { id } d: node(id: "org:nowhere") { id } }""");
        var data = await DataAsync("""{ a: node(id: "org:sco") { id } c: nodes(ids: ["mech:arf", "org:sco"]) { id } d: node(id: "org:nowhere") { id } }""");

        Assert.Equal(new Dictionary<string, int> { ["GetNodesAsync"] = 1 }, calls);
        Assert.Equal("org:sco", data.GetProperty("a").GetProperty("id").GetString());
        Assert.Equal(["mech:arf", "org:sco"], data.GetProperty("c").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("d").ValueKind);
    }

    private async Task<JsonElement> DataAsync(string query)
    {
        var body = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(new Uri(app!.Urls.First()), "/graphql"), body, TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        return json.GetProperty("data").Clone();
    }

    [Theory]
    [InlineData("""{ overlap(bodies: ["org:asean", "mech:arf", "mech:eas"], excluding: ["org:sco"], throughMembers: true) { bodies { name } excluding { name } members { node { name } affiliations { role via { id } } } } }""")]
    [InlineData("""{ difference(of: "mech:arf", notIn: "org:asean") { members { node { id } } } }""")]
    [InlineData("""{ compare(a: "org:sco", b: "mech:eas", memberTypes: [STATE]) { figures { a { name } jaccard } both { node { id } } onlyA { node { id } } onlyB { node { id } } } }""")]
    [InlineData("""{ overlapMatrix(bodies: ["org:asean", "mech:arf", "mech:eas", "org:sco"], asOf: 2020) { bodies { id } cells { a { id } b { id } jaccard } } }""")]
    [InlineData("""
        { sets(all: [{affiliates: {body: "mech:eas", throughMembers: true}}, {neighbours: {node: "doc:unga-draft-resolution-un-sco-cooperation"}}],
               any: [{ids: ["state:china", "state:india"]}, {affiliates: {body: "org:sco", asOf: 2023}}],
               none: [{affiliates: {body: "mech:arf", roles: [FOUNDING_MEMBER]}}, {affiliates: {body: "org:sco", asOf: 2010}}]) {
            operands { subject { name } size } members { node { name } evidence { affiliations { body { id } via { id } } relations { node { id } } } } } }
        """)]
    [InlineData("""{ setMatrix(operands: [{affiliates: {body: "org:asean"}}, {neighbours: {node: "mech:rats"}}, {ids: ["state:china"]}]) { cells { a { subject { id } } jaccard } } }""")]
    public async Task A_set_question_of_any_shape_costs_one_store_call(string query)
    {
        var calls = await CallsForAsync(query);

        Assert.Equal(new Dictionary<string, int> { ["GetMaterialAsync"] = 1 }, calls);
    }

    [Theory]
    [InlineData("""{ shortestPath(from: "state:india", to: "mech:rats") { nodes { id } } }""", "FindPathsAsync")]
    [InlineData("""{ kShortestPaths(from: "state:india", to: "mech:rats", k: 3) { length } }""", "FindPathsAsync")]
    [InlineData("""{ linked(from: "mech:rats", maxHops: 1) { node { id } } }""", "LinkedAsync")]
    [InlineData("""{ sharedLinks(of: ["mech:rats", "doc:sco-asean-mou-2005"]) { node { id } } }""", "SharedLinksAsync")]
    [InlineData("""{ conflicts(subject: "mech:rats") { about } }""", "ConflictsAsync")]
    [InlineData("""{ timeline(id: "state:india") { moment } }""", "TimelineAsync")]
    public async Task A_path_linkage_conflict_or_timeline_question_costs_one_store_call_that_also_checks_its_ids(string query, string operation)
    {
        var calls = await CallsForAsync(query);

        Assert.Equal(new Dictionary<string, int> { [operation] = 1 }, calls);
    }
}
