using System.Text;
using CsCheck;

namespace SecurityCoop.Tests.Transport;

/// <summary>
/// Random requests, from random bytes to random GraphQL documents built from the schema's own words, never get a 5xx,
/// a stack trace or a .NET type name: every refusal is a 4xx with a coded error.
/// </summary>
public sealed class TransportFuzzTests(ApiServer api)
{
    private static readonly string[] Words =
    [
        "{", "}", "(", ")", "[", "]", ":", "...", "@include(if: true)", "@skip(if: false)", "$v", "query", "mutation", "fragment f on Query",
        "...f", "on", "node", "nodes", "search", "id", "name", "relations", "from", "to", "types", "first", "k", "maxHops", "shortestPath",
        "kShortestPaths", "overlap", "bodies", "asOf", "sets", "all", "affiliates", "export", "format", "network", "scope", "EGO", "WHOLE",
        "__schema", "__type", "types", "fields", "possibleTypes", "interfaces", "ofType", "__typename", "\"org:sco\"", "\"state:india\"",
        "\"2016\"", "\"2016-13\"", "true", "null", "-1", "99999999999", "1.5", "\"\\u00e9\"", "\"\\ud800\"", "\"\\\"\"", "#", "\n", ",",
        "a:", "b:", "\"\"\"block\"\"\"", "&", "|", "!", "=", "STATE", "MEMBER_OF",
    ];

    private static readonly Gen<string> Document = Gen.Int[0, Words.Length - 1].Array[0, 60].Select(ix => string.Join(' ', ix.Select(i => Words[i])));

    private static readonly string[] VariableTexts =
    [
        "null", "{}", "[]", "1", "\"x\"", "{\"v\": \"\\ud800\"}", "{\"v\": {\"a\": [1, {\"b\": null}]}}", "{\"\\udc00\": 1}",
        "{\"v\": \"org:sco\"}", "{\"v\": 1e309}", "{\"v\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
    ];

    private static readonly Gen<string> Variables = Gen.Int[0, VariableTexts.Length - 1].Select(i => VariableTexts[i]);

    private static void AssertCodedAnswer(GraphQLResponse response, string sent)
    {
        Assert.True(response.Status < 500, $"{response.Status} for {sent}: {response.Text}");
        Assert.DoesNotContain("   at ", response.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", response.Text, StringComparison.Ordinal);
        if (response.Status >= 400)
        {
            var error = response.Json.GetProperty("errors")[0];
            Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("code").GetString()), sent);
        }
    }

    [Fact]
    public async Task Random_bytes_as_a_body_get_a_coded_4xx()
    {
        await Gen.Byte.Array[0, 400].SampleAsync(async bytes =>
        {
            var response = await api.PostContentAsync(new ByteArrayContent(bytes));
            AssertCodedAnswer(response, Convert.ToHexString(bytes));
            Assert.InRange(response.Status, 400, 499);
        }, iter: 150, threads: 1);
    }

    [Fact]
    public async Task Random_documents_and_variables_get_an_answer_or_a_coded_4xx()
    {
        await Gen.Select(Document, Variables, Gen.Bool).SampleAsync(async (query, variables, named) =>
        {
            var body = $"{{\"query\": {System.Text.Json.JsonSerializer.Serialize(query)}, \"variables\": {variables}{(named ? ", \"operationName\": \"\\ud800\"" : "")}}}";
            var response = await api.PostContentAsync(new StringContent(body, Encoding.UTF8, "application/json"));
            AssertCodedAnswer(response, body);
        }, iter: 300, threads: 1);
    }

    [Fact]
    public async Task Random_GET_requests_get_an_answer_or_a_coded_4xx()
    {
        await Gen.Select(Document, Variables).SampleAsync(async (query, variables) =>
        {
            var url = new Uri(api.GraphQLUrl, "?query=" + Uri.EscapeDataString(query) + "&variables=" + Uri.EscapeDataString(variables));
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("application/graphql-response+json");
            AssertCodedAnswer(await api.SendAsync(request), url.ToString());
        }, iter: 150, threads: 1);
    }
}
