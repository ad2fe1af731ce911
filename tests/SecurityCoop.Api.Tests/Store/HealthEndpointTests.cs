using SecurityCoop.Api;

namespace SecurityCoop.Tests.Store;

/// <summary>Liveness says the process answers; readiness says the store does, a Neo4j server included.</summary>
public sealed class HealthEndpointTests(ApiServer api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_embedded_service_is_live_and_ready(string path)
    {
        using var response = await api.Client.GetAsync(new Uri(api.BaseUrl, path), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task With_Neo4j_out_of_reach_the_service_is_live_but_not_ready()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--GraphStore:Provider=Neo4j", "--Neo4j:Uri=http://127.0.0.1:9",
            "--Neo4j:Retries=0", "--Neo4j:Timeout=00:00:03", "--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        using var live = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)live.StatusCode);
        Assert.Equal(503, (int)ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
