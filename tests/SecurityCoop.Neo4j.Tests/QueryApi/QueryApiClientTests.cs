using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Tests.QueryApi;

/// <summary>What our client sends and how it retries, against a scripted HTTP handler (this checks our client, not Neo4j).</summary>
public sealed class QueryApiClientTests
{
    private static HttpResponseMessage Json(HttpStatusCode status, string body) => ScriptedHandler.Json(status, body);

    private static readonly string Ok = """{"data": {"fields": ["n"], "values": [[{"$type": "Integer", "_value": "1"}]]}}""";

    /// <summary>The client as the service registers it (resilience included), sending to the scripted handler.</summary>
    private static QueryApiClient Client(ScriptedHandler handler)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://graph.example:7474",
            ["Neo4j:User"] = "reader",
            ["Neo4j:Password"] = "s3cret",
            ["Neo4j:Database"] = "coop",
            ["Neo4j:RetryDelay"] = "00:00:00.001",
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddNeo4jGraphStore(configuration);
        services.AddHttpClient<QueryApiClient>().ConfigurePrimaryHttpMessageHandler(() => handler);
        return services.BuildServiceProvider().GetRequiredService<QueryApiClient>();
    }

    [Fact]
    public async Task Sends_the_statement_and_typed_parameters_to_the_databases_query_endpoint_with_basic_auth_in_read_mode()
    {
        var handler = new ScriptedHandler(_ => Json(HttpStatusCode.Accepted, Ok));

        var result = await Client(handler).RunAsync("RETURN $x AS n", new Dictionary<string, object?> { ["x"] = 1L }, AccessMode.Read, TestContext.Current.CancellationToken);

        var (request, body) = Assert.Single(handler.Requests);
        Assert.Equal("http://graph.example:7474/db/coop/query/v2", request.RequestUri!.ToString());
        Assert.Equal("Basic", request.Headers.Authorization!.Scheme);
        Assert.Equal("reader:s3cret", Encoding.UTF8.GetString(Convert.FromBase64String(request.Headers.Authorization.Parameter!)));
        Assert.Contains("\"accessMode\":\"Read\"", body, StringComparison.Ordinal);
        Assert.Contains("\"parameters\":{\"x\":{\"$type\":\"Integer\",\"_value\":\"1\"}}", body, StringComparison.Ordinal);
        Assert.Equal("application/vnd.neo4j.query", request.Content!.Headers.ContentType!.MediaType);
        Assert.Equal(["application/vnd.neo4j.query"], request.Headers.Accept.Select(a => a.MediaType));
        Assert.Equal(1L, Assert.Single(result.Records).Get<long>("n"));
    }

    [Fact]
    public async Task Retries_transient_failures_with_backoff_and_then_succeeds()
    {
        var handler = new ScriptedHandler(
            _ => Json(HttpStatusCode.ServiceUnavailable, ""),
            _ => Json(HttpStatusCode.BadRequest, """{"errors": [{"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}]}"""),
            _ => Json(HttpStatusCode.OK, Ok));

        var result = await Client(handler).RunAsync("RETURN 1 AS n", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Single(result.Rows);
    }

    [Fact]
    public async Task Does_not_retry_a_query_error_and_never_echoes_credentials()
    {
        var handler = new ScriptedHandler(_ => Json(HttpStatusCode.Unauthorized, """{"errors": [{"code": "Neo.ClientError.Security.Unauthorized", "message": "auth failed for reader"}]}"""));

        var error = await Assert.ThrowsAsync<StoreException>(() => Client(handler).RunAsync("RETURN 1", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken));

        Assert.Single(handler.Requests);
        Assert.Equal("STORE_AUTH_FAILED", error.Code);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_unavailable_after_the_retries()
    {
        var handler = new ScriptedHandler(_ => throw new HttpRequestException("connection refused", null, HttpStatusCode.ServiceUnavailable));

        var error = await Assert.ThrowsAsync<StoreException>(() => Client(handler).RunAsync("RETURN 1", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken));

        Assert.Equal(4, handler.Requests.Count);
        Assert.Equal(ErrorCodes.StoreUnavailable, error.Code);
        Assert.Contains("Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotAcceptable)]
    [InlineData(HttpStatusCode.UnsupportedMediaType)]
    public async Task A_refused_media_type_is_a_protocol_error_that_is_not_retried(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(_ => Json(status, """{"errors": [{"code": "Neo.ClientError.Request.Invalid", "message": "media type"}]}"""));

        var error = await Assert.ThrowsAsync<StoreException>(() => Client(handler).RunAsync("RETURN 1", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken));

        Assert.Single(handler.Requests);
        Assert.Equal("STORE_PROTOCOL", error.Code);
        Assert.Contains("application/vnd.neo4j.query", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bookmarks_of_a_write_go_with_the_reads_after_it()
    {
        var written = """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]}""";
        var handler = new ScriptedHandler(_ => Json(HttpStatusCode.Accepted, Ok), _ => Json(HttpStatusCode.Accepted, written), _ => Json(HttpStatusCode.Accepted, Ok));
        var client = Client(handler);

        await client.RunAsync("RETURN 1 AS n", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken);
        await client.RunAsync("MERGE (n:Node {id: 'x'})", new Dictionary<string, object?>(), AccessMode.Write, TestContext.Current.CancellationToken);
        await client.RunAsync("RETURN 1 AS n", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken);

        Assert.DoesNotContain("bookmarks", handler.Requests[0].Body, StringComparison.Ordinal);
        var sent = System.Text.Json.JsonDocument.Parse(handler.Requests[2].Body).RootElement.GetProperty("bookmarks");
        Assert.Equal(["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"], sent.EnumerateArray().Select(b => b.GetString()));
    }

    [Fact]
    public async Task Clients_of_one_process_share_the_bookmarks_so_a_seed_is_seen_by_the_stores_reads()
    {
        var written = """{"data": {"fields": [], "values": []}, "bookmarks": ["FB:seed"]}""";
        var seeding = new ScriptedHandler(_ => Json(HttpStatusCode.Accepted, written));
        var reading = new ScriptedHandler(_ => Json(HttpStatusCode.Accepted, Ok));
        var shared = new Neo4jBookmarks();
        var options = Options.Create(new Neo4jOptions { Uri = new Uri("http://graph.example:7474") });
        var seeder = new QueryApiClient(new HttpClient(seeding), options, NullLogger<QueryApiClient>.Instance, shared);
        var store = new QueryApiClient(new HttpClient(reading), options, NullLogger<QueryApiClient>.Instance, shared);

        await seeder.RunAsync("MERGE (n:Node {id: 'x'})", new Dictionary<string, object?>(), AccessMode.Write, TestContext.Current.CancellationToken);
        await store.RunAsync("RETURN 1 AS n", new Dictionary<string, object?>(), AccessMode.Read, TestContext.Current.CancellationToken);

        var sent = System.Text.Json.JsonDocument.Parse(reading.Requests[0].Body).RootElement.GetProperty("bookmarks");
        Assert.Equal(["FB:seed"], sent.EnumerateArray().Select(b => b.GetString()));
    }
}
