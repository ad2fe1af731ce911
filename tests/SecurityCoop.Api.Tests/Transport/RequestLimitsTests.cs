using System.Diagnostics;
using System.Text;

namespace SecurityCoop.Tests.Transport;

/// <summary>
/// Each request limit refuses what passes it with its own code and a 4xx, before anything runs, and quickly; what
/// stays within the limits (the standard introspection query, ordinary questions) is answered.
/// </summary>
public sealed class RequestLimitsTests(ApiServer api)
{
    private static string WithCost(string query) => System.Text.Json.JsonSerializer.Serialize(new { query, extensions = new { cost = true } });

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    /// <summary>Introspection lists nested in turn (possibleTypes, interfaces, ...): 12 levels returned tens of megabytes.</summary>
    private static string IntrospectionBomb(int levels)
    {
        var open = string.Concat(Enumerable.Range(0, levels).Select(i => i % 2 == 0 ? "possibleTypes { name " : "interfaces { name "));
        return "{ __schema { types { name " + open + new string('}', levels) + " } } }";
    }

    public static TheoryData<string, string> Bombs => new()
    {
        { IntrospectionBomb(12), "INTROSPECTION_TOO_DEEP" },
        { "{ " + Repeat("a ", 6000) + "}", "TOO_MANY_TOKENS" },
        { "{ " + string.Concat(Enumerable.Range(0, 60).Select(i => $"p{i}: kShortestPaths(from: \"state:india\", to: \"mech:rats\", k: 25) {{ length }} ")) + "}", "TOO_MANY_ALIASES" },
        { "{ x: node(id: \"org:sco\") { ...f } y: node(id: \"org:asean\") { ...f } } fragment f on Node { " + string.Concat(Enumerable.Range(0, 30).Select(i => $"n{i}: name ")) + "}", "TOO_MANY_ALIASES" },
        { "{ " + string.Concat(Enumerable.Range(0, 8).Select(i => $"p{i}: kShortestPaths(from: \"state:india\", to: \"mech:rats\", k: 25, maxHops: 8) {{ length }} ")) + "}", "COMPLEXITY" },
        { "{ " + string.Concat(Enumerable.Range(0, 6).Select(i => $"x{i}: export(format: GRAPHML) {{ content }} ")) + "}", "COMPLEXITY" },
        { "query { ...f0 } " + string.Concat(Enumerable.Range(0, 60).Select(i => $"fragment f{i} on Query {{ {(i < 59 ? $"...f{i + 1}" : "dataset { nodeCount }")} }} ")), "TOO_MANY_FRAGMENTS" },
        { "query { ...f0 } " + string.Concat(Enumerable.Range(0, 800).Select(i => $"fragment f{i} on Query {{ {(i < 799 ? $"...f{i + 1}" : "dataset { nodeCount }")} }} ")), "TOO_MANY_TOKENS" },
        { "{ dataset " + Repeat("@include(if: true) ", 60) + "{ nodeCount } }", "TOO_MANY_DIRECTIVES" },
        { "{ node(id: \"mech:rats\") { " + Repeat("relations(types: [PART_OF]) { from { ", 8) + "id" + new string('}', 16) + " } }", "TOO_DEEP" },
        { "{ __typename " + new string(' ', 40_000) + "}", "DOCUMENT_TOO_LARGE" },
        { "{ nodes(ids: " + Repeat("[", 200) + new string(']', 200) + ") { id } }", "TOO_DEEP" },
        { "mutation { dataset { nodeCount } }", "OPERATION_NOT_SUPPORTED" },
        { "subscription { dataset { nodeCount } }", "OPERATION_NOT_SUPPORTED" },
        { "{ dataset { nodeCount }", "SYNTAX_ERROR" },
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public async Task A_document_past_a_limit_is_refused_with_its_code_before_it_runs(string query, string code)
    {
        var clock = Stopwatch.StartNew();
        var response = await api.PostAsync(query);
        clock.Stop();

        var (status, actualCode, message) = ApiServer.FirstError(response);
        Assert.Equal((400, code), (status, actualCode));
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_standard_introspection_query_is_answered_and_can_report_its_cost()
    {
        var response = await api.PostContentAsync(new StringContent(WithCost(IntrospectionQuery), Encoding.UTF8, "application/json"));

        Assert.Equal(200, response.Status);
        Assert.True(response.Json.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength() > 50);
        var cost = response.Json.GetProperty("extensions").GetProperty("cost");
        Assert.InRange(cost.GetProperty("estimated").GetDouble(), 1_000, cost.GetProperty("limit").GetDouble());
    }

    [Fact]
    public async Task Cost_grows_with_the_size_arguments_of_a_question()
    {
        async Task<double> CostAsync(string query)
        {
            var response = await api.PostContentAsync(new StringContent(WithCost(query), Encoding.UTF8, "application/json"));
            return response.Json.GetProperty("extensions").GetProperty("cost").GetProperty("estimated").GetDouble();
        }

        var one = await CostAsync("""{ kShortestPaths(from: "state:india", to: "mech:rats", k: 1, maxHops: 2) { length } }""");
        var many = await CostAsync("""{ kShortestPaths(from: "state:india", to: "mech:rats", k: 20, maxHops: 6) { length } }""");
        var page = await CostAsync("{ states(first: 5) { edges { node { id } } } }");
        var bigPage = await CostAsync("{ states(first: 100) { edges { node { id } } } }");

        Assert.True(many > 20 * one, $"k 20 / 6 hops cost {many}, k 1 / 2 hops {one}");
        Assert.True(bigPage > 10 * page, $"first 100 cost {bigPage}, first 5 {page}");
    }

    [Fact]
    public async Task A_chunked_body_past_the_limit_is_refused_with_413_while_it_streams()
    {
        var huge = Encoding.UTF8.GetBytes("{\"query\": \"{ __typename }\", \"variables\": {\"pad\": \"" + new string('x', 3 << 20) + "\"}}");
        var content = new StreamContent(new MemoryStream(huge));
        content.Headers.ContentLength = null;

        var (status, code, _) = ApiServer.FirstError(await api.PostContentAsync(content));

        Assert.Equal((413, "BODY_TOO_LARGE"), (status, code));
    }

    [Theory]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D })]
    [InlineData(new byte[] { 0x7B, 0x22, 0x71, 0x75, 0x65, 0x72, 0x79, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D })]
    public async Task A_body_that_is_not_UTF8_is_a_400(byte[] body)
    {
        var (status, code, _) = ApiServer.FirstError(await api.PostContentAsync(new ByteArrayContent(body)));

        Assert.Equal((400, "BAD_ENCODING"), (status, code));
    }

    [Theory]
    [InlineData("""{"query": "{ __typename \ud800 }"}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": "\udc00"}""")]
    [InlineData("""{"query": "query($a: String) { __typename }", "variables": {"a": "\ud800x"}}""")]
    [InlineData("""{"query": "{ __typename }", "variables": {"\ud800": 1}}""")]
    [InlineData("""{"query": "{ __typename }", "extensions": {"x": ["\udfff"]}}""")]
    public async Task A_lone_surrogate_escape_anywhere_in_the_body_is_a_400(string body)
    {
        var (status, code, message) = ApiServer.FirstError(await api.PostContentAsync(new StringContent(body, Encoding.UTF8, "application/json")));

        Assert.Equal((400, "BAD_ENCODING"), (status, code));
        Assert.Contains("Unicode", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_surrogate_in_GET_variables_is_a_400()
    {
        var url = new Uri(api.GraphQLUrl, "?query=" + Uri.EscapeDataString("query($a: String) { __typename }") + "&variables=" + Uri.EscapeDataString("""{"a":"\ud800"}"""));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/json");

        var (status, code, _) = ApiServer.FirstError(await api.SendAsync(request));

        Assert.Equal((400, "BAD_ENCODING"), (status, code));
    }

    private const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
          types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue }
          type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;
}
