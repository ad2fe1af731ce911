using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SecurityCoop.Api;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Transport;

/// <summary>Security headers on every response, CORS only for configured origins, and per-client rate limits with 429 and Retry-After.</summary>
public sealed class WebSecurityTests(ApiServer api)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/graphql")]
    [InlineData("/health/live")]
    [InlineData("/export/node-link")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api.BaseUrl, path));
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task The_pages_hold_no_inline_script()
    {
        foreach (var path in new[] { "/", "/graphql" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(api.BaseUrl, path));
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await api.Client.SendAsync(request, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

            Assert.Contains("<script src=", html, StringComparison.Ordinal);
            Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", html);
            Assert.DoesNotContain(" on", System.Text.RegularExpressions.Regex.Match(html, "<[a-z]+ [^>]*\\bon[a-z]+=").Value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Cross_origin_requests_are_refused_unless_the_origin_is_configured()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Cors:Origins:0=https://app.example.org", "--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Assert.Equal("https://app.example.org", await AllowedOriginAsync(client, "https://app.example.org"));
        Assert.Null(await AllowedOriginAsync(client, "https://evil.example.com"));
        using var shared = new HttpRequestMessage(HttpMethod.Options, new Uri(api.BaseUrl, "/graphql"));
        shared.Headers.Add("Origin", "https://app.example.org");
        shared.Headers.Add("Access-Control-Request-Method", "POST");
        using var byDefault = await api.Client.SendAsync(shared, TestContext.Current.CancellationToken);
        Assert.False(byDefault.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("--Cors:Origins=https://app.example.org,https://other.example.org")]
    [InlineData("--Cors:Origins= https://other.example.org , https://app.example.org")]
    public async Task Origins_given_as_one_comma_separated_setting_are_allowed_each(string setting)
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", setting, "--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        Assert.Equal("https://app.example.org", await AllowedOriginAsync(client, "https://app.example.org"));
        Assert.Equal("https://other.example.org", await AllowedOriginAsync(client, "https://other.example.org"));
        Assert.Null(await AllowedOriginAsync(client, "https://evil.example.com"));
    }

    /// <summary>The origin a CORS preflight for a POST to /graphql is allowed, or null when it is refused.</summary>
    private static async Task<string?> AllowedOriginAsync(HttpClient client, string origin)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
        using var response = await client.SendAsync(preflight, TestContext.Current.CancellationToken);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    [Fact]
    public async Task A_client_past_its_rate_limit_gets_429_with_Retry_After_and_a_coded_error()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--RateLimits:GraphQLPerMinute=5", "--RateLimits:CypherPerMinute=2",
            "--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        var statuses = new List<int>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            statuses.Add((int)response.StatusCode);
            if ((int)response.StatusCode == 429)
                refused ??= response;
        }

        Assert.Equal([200, 200, 200, 200, 200, 429, 429, 429], statuses);
        Assert.True(int.Parse(refused!.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        var body = System.Text.Json.JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].Path("extensions.code").GetString());
        var cypher = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var content = new StringContent("""{"statement":"RETURN 1"}""", Encoding.UTF8, "application/json");
            using var response = await client.PostAsync("/cypher", content, TestContext.Current.CancellationToken);
            cypher.Add((int)response.StatusCode);
        }
        Assert.Equal(429, cypher[^1]);
    }
}

/// <summary>
/// A request that runs past the execution timeout is stopped and answered with TIMEOUT, not left running. The store
/// answers in well under a millisecond, so here its path search is made to take seconds (honouring cancellation, as
/// a remote store's call does), and the limit is 200 ms.
/// </summary>
public sealed class ExecutionTimeoutTests
{
    [Fact]
    public async Task A_request_past_the_timeout_gets_a_TIMEOUT_error()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--GraphQL:ExecutionTimeout=00:00:00.2", "--Logging:LogLevel:Default=None"], services =>
        {
            var store = services.BuildServiceProvider().GetRequiredService<IGraphStore>();
            services.AddSingleton(SlowPaths.Wrap(store));
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        const string Body = """{"query":"{ kShortestPaths(from: \"state:india\", to: \"mech:rats\", k: 3) { length } }"}""";

        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await client.PostAsync("/graphql", new StringContent(Body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("TIMEOUT", json.GetProperty("errors")[0].Path("extensions.code").GetString());
        Assert.Contains("GraphQL:ExecutionTimeout", json.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the request was not stopped: it took {clock.Elapsed}");
    }

    /// <summary>A store whose path search takes ten seconds before it answers, and stops when cancelled.</summary>
    public class SlowPaths : System.Reflection.DispatchProxy
    {
        private IGraphStore inner = null!;

        public static IGraphStore Wrap(IGraphStore inner)
        {
            var proxy = Create<IGraphStore, SlowPaths>();
            ((SlowPaths)(object)proxy).inner = inner;
            return proxy;
        }

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args) =>
            targetMethod!.Name == nameof(IGraphStore.FindPathsAsync)
                ? SlowAsync((SecurityCoop.Core.Paths.PathQuery)args![0]!, (CancellationToken)args[1]!)
                : targetMethod.Invoke(inner, args);

        private async Task<IReadOnlyList<SecurityCoop.Core.Paths.GraphPath>> SlowAsync(SecurityCoop.Core.Paths.PathQuery query, CancellationToken cancellationToken)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return await inner.FindPathsAsync(query, cancellationToken);
        }
    }
}

/// <summary>The production switches: introspection and GraphiQL off.</summary>
public sealed class ProductionSwitchTests
{
    [Fact]
    public async Task With_introspection_and_GraphiQL_off_neither_is_served_and_queries_still_are()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--GraphQL:Introspection=false", "--GraphQL:GraphiQL=false", "--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        async Task<(int Status, string Text)> PostAsync(string query)
        {
            using var response = await client.PostAsync("/graphql", new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        var schema = await PostAsync("{ __schema { types { name } } }");
        var type = await PostAsync("{ __type(name: \"Query\") { name } }");
        var typename = await PostAsync("{ __typename dataset { nodeCount } }");
        using var ide = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        ide.Headers.Accept.ParseAdd("text/html");
        using var page = await client.SendAsync(ide, TestContext.Current.CancellationToken);

        Assert.Equal(400, schema.Status);
        Assert.Contains("INTROSPECTION_DISABLED", schema.Text, StringComparison.Ordinal);
        Assert.Contains("INTROSPECTION_DISABLED", type.Text, StringComparison.Ordinal);
        Assert.Equal(200, typename.Status);
        Assert.DoesNotContain("GraphiQL", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
