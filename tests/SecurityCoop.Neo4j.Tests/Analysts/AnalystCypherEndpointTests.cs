using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using SecurityCoop.Api;

namespace SecurityCoop.Tests.Analysts;

/// <summary>The analyst endpoint over real HTTP on the default (embedded) host: it needs a key, and says it needs Neo4j.</summary>
public sealed class AnalystCypherEndpointTests : IAsyncLifetime
{
    private WebApplication? app;
    private readonly HttpClient client = new();

    public async ValueTask InitializeAsync()
    {
        app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--AnalystCypher:Keys:alice=test-key-1"]);
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        if (app is not null)
            await app.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(app!.Urls.First()), "/cypher"))
        {
            Content = new StringContent("{\"statement\": \"MATCH (n) RETURN n LIMIT 1\"}", Encoding.UTF8, "application/json"),
        };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_a_valid_key_the_endpoint_answers_401()
    {
        var none = await PostAsync(null);
        var wrong = await PostAsync("test-key-2");

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Contains("UNAUTHORIZED", wrong.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_embedded_store_the_endpoint_says_it_needs_Neo4j()
    {
        var (status, body) = await PostAsync("test-key-1");

        Assert.Equal(HttpStatusCode.NotImplemented, status);
        Assert.Contains("CYPHER_NEEDS_NEO4J", body, StringComparison.Ordinal);
        Assert.Contains("GraphStore:Provider=Neo4j", body, StringComparison.Ordinal);
    }
}
