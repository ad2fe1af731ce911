using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityCoop.Api;

namespace SecurityCoop.Tests.Analysts;

/// <summary>
/// The analyst endpoint over real HTTP on the default (embedded) host: it needs a key, refuses writes and bad bodies
/// the same way on every store, says it needs Neo4j, and writes an audit line for every outcome.
/// </summary>
public sealed class AnalystCypherEndpointTests : IAsyncLifetime
{
    private WebApplication? app;
    private readonly HttpClient client = new();
    private readonly LogCapture log = new();

    public async ValueTask InitializeAsync()
    {
        app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:SecurityCoop.AnalystCypher=Information",
            "--AnalystCypher:Keys:alice=test-key-1", "--AnalystCypher:MaxBodyBytes=4096", "--RateLimits:CypherPerMinute=0"],
            services => services.AddSingleton<ILoggerProvider>(log));
        await app.StartAsync();
    }

    private IEnumerable<string> AuditLines => log.Lines("SecurityCoop.AnalystCypher");

    private async Task<(HttpStatusCode Status, string Body)> PostBodyAsync(HttpContent content, string? key = "test-key-1")
    {
        content.Headers.ContentType ??= new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(app!.Urls.First()), "/cypher")) { Content = content };
        if (key is not null)
            request.Headers.Add("X-Api-Key", key);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("""{"statement": "MATCH (n) /* ' */ DETACH DELETE n /* ' */ RETURN count(*)"}""", HttpStatusCode.BadRequest, "CYPHER_REJECTED")]
    [InlineData("""{"statement": "CALL `dbms.listConfig`()"}""", HttpStatusCode.BadRequest, "CYPHER_REJECTED")]
    [InlineData("""{"statement": "MATCH (n) RETURN n", "parameters": {"a": 1, "a": 2}}""", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("""{"statement": "RETURN '\ud800'"}""", HttpStatusCode.BadRequest, "BAD_ENCODING")]
    [InlineData("""{"statement": 42}""", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    [InlineData("""{"statement": "MATCH (n) RETURN n", "parameters": [1]}""", HttpStatusCode.BadRequest, "BAD_REQUEST")]
    public async Task Bad_statements_and_bodies_are_refused_on_every_store_before_it_says_it_needs_Neo4j(string body, HttpStatusCode status, string code)
    {
        var (actual, text) = await PostBodyAsync(new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, actual);
        Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains(AuditLines, l => l.Contains("who=alice", StringComparison.Ordinal) && l.Contains($"outcome={code}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_bytes_and_an_oversized_chunked_body_are_refused_and_audited()
    {
        var (badBytes, _) = await PostBodyAsync(new ByteArrayContent([0x7B, 0x22, 0xFF, 0x22, 0x7D]));
        var huge = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"statement\": \"RETURN '" + new string('x', 10_000) + "'\"}")));
        huge.Headers.ContentLength = null;
        var (tooLarge, text) = await PostBodyAsync(huge);

        Assert.Equal(HttpStatusCode.BadRequest, badBytes);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Contains("BODY_TOO_LARGE", text, StringComparison.Ordinal);
        Assert.Contains(AuditLines, l => l.Contains("outcome=BAD_ENCODING", StringComparison.Ordinal));
        Assert.Contains(AuditLines, l => l.Contains("outcome=BODY_TOO_LARGE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_key_leaves_an_audit_line_too()
    {
        await PostAsync("wrong-key");

        Assert.Contains(AuditLines, l => l.Contains("who=-", StringComparison.Ordinal) && l.Contains("outcome=UNAUTHORIZED", StringComparison.Ordinal));
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
