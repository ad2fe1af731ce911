using System.Net.Http.Headers;
using System.Text;

namespace SecurityCoop.Tests.Transport;

/// <summary>The GraphQL-over-HTTP transport, exercised over real HTTP.</summary>
public sealed class GraphQLHttpEndpointTests(ApiServer api)
{
    private const string Query = "{ node(id: \"org:sco\") { name } }";

    private async Task<GraphQLResponse> GetAsync(string query, string accept = "application/graphql-response+json", string? operationName = null)
    {
        var url = $"{api.GraphQLUrl}?query={Uri.EscapeDataString(query)}" + (operationName is null ? "" : $"&operationName={operationName}");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return await api.SendAsync(request);
    }

    private async Task<GraphQLResponse> PostRawAsync(string body, string contentType = "application/json", string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, api.GraphQLUrl) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Accept.ParseAdd(accept);
        return await api.SendAsync(request);
    }

    [Fact]
    public async Task A_POSTed_query_answers_with_the_graphql_response_media_type()
    {
        var response = await api.PostAsync(Query);

        Assert.Equal(200, response.Status);
        Assert.Equal("application/graphql-response+json", response.ContentType?.MediaType);
        Assert.Equal("utf-8", response.ContentType?.CharSet);
        Assert.Equal("Shanghai Cooperation Organisation", response.Json.Path("data.node.name").GetString());
    }

    [Fact]
    public async Task A_GET_query_works_and_a_client_accepting_only_json_gets_json()
    {
        var response = await GetAsync(Query, "application/json");

        Assert.Equal(200, response.Status);
        Assert.Equal("application/json", response.ContentType?.MediaType);
        Assert.Equal("Shanghai Cooperation Organisation", response.Json.Path("data.node.name").GetString());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_with_405_and_an_Allow_header()
    {
        var response = await GetAsync("mutation { upsert }");

        Assert.Equal(405, response.Status);
        Assert.Equal("POST", response.Allow);
        Assert.False(response.Json.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_unacceptable_Accept_header_gets_406()
    {
        var response = await api.PostAsync(Query, accept: "application/xml");

        Assert.Equal(406, response.Status);
    }

    [Theory]
    [InlineData("{ node(id: \"org:sco\") { name }")]
    [InlineData("{ node(id: \"org:sco\") { population } }")]
    [InlineData("query ($id: ID!) { node(id: $id) { name } }")]
    public async Task Unparseable_invalid_or_unrunnable_documents_get_400_with_errors_and_no_data(string query)
    {
        var response = await api.PostAsync(query);

        Assert.Equal(400, response.Status);
        Assert.False(response.Json.TryGetProperty("data", out _));
        Assert.NotEmpty(response.Json.GetProperty("errors").EnumerateArray());
    }

    [Theory]
    [InlineData("{not json", "application/json", 400, "BAD_REQUEST")]
    [InlineData("[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]", "application/json", 400, "BAD_REQUEST")]
    [InlineData("{\"query\": 42}", "application/json", 400, "BAD_REQUEST")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[1]}", "application/json", 400, "BAD_REQUEST")]
    [InlineData("query={__typename}", "application/x-www-form-urlencoded", 415, "UNSUPPORTED_MEDIA_TYPE")]
    public async Task Malformed_requests_and_batches_get_a_4xx_with_a_coded_error(string body, string contentType, int status, string code)
    {
        var response = await PostRawAsync(body, contentType);

        Assert.Equal(status, response.Status);
        Assert.Equal(code, response.Json.GetProperty("errors")[0].Path("extensions.code").GetString());
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, api.GraphQLUrl) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        var response = await api.SendAsync(request);

        Assert.Equal(405, response.Status);
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_whose_assets_are_served_from_the_build()
    {
        ExternalTools.Require(File.Exists(Path.Combine(AppContext.BaseDirectory, "browser", "graphiql.min.js")),
            "GraphiQL's assets are not in this build: npm was not available when it was built; run ./test.sh, which installs Node.js and npm.");
        using var page = new HttpRequestMessage(HttpMethod.Get, api.GraphQLUrl);
        page.Headers.Accept.ParseAdd("text/html");
        var html = await api.SendAsync(page);
        var script = await api.Client.GetAsync(new Uri(api.BaseUrl, "/assets/graphiql.min.js"), TestContext.Current.CancellationToken);

        Assert.Equal("text/html", html.ContentType?.MediaType);
        Assert.Contains("/assets/graphiql.min.js", html.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("//unpkg.com", html.Text, StringComparison.Ordinal);
        Assert.Equal(200, (int)script.StatusCode);
        Assert.True(script.Content.Headers.ContentLength > 100_000);
    }
}
