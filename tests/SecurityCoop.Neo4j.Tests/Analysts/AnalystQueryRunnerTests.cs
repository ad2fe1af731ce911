using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.Analysts;
using SecurityCoop.Neo4j.QueryApi;
using SecurityCoop.Tests.QueryApi;

namespace SecurityCoop.Tests.Analysts;

/// <summary>
/// The analyst runner sends the statement as the analyst wrote it, after a plan check that does not double the
/// analyst's own EXPLAIN, against documented Query API responses (this checks our runner, not Neo4j).
/// </summary>
public sealed class AnalystQueryRunnerTests
{
    private const string Plan = """{"data": {"fields": [], "values": []}, "queryPlan": {"operatorType": "ProduceResults@neo4j", "children": [{"operatorType": "NodeByLabelScan@neo4j", "children": []}]}}""";

    private static string Rows(int count) => JsonSerializer.Serialize(new
    {
        data = new { fields = new[] { "n.name" }, values = Enumerable.Range(0, count).Select(i => new[] { new Dictionary<string, string> { ["$type"] = "String", ["_value"] = $"name {i}" } }) },
    });

    private static (AnalystQueryRunner Runner, ScriptedHandler Handler) Runner(params string[] answers)
    {
        var handler = new ScriptedHandler([.. answers.Select(a => (Func<HttpRequestMessage, HttpResponseMessage>)(_ => ScriptedHandler.Json(HttpStatusCode.Accepted, a)))]);
        var client = new QueryApiClient(new HttpClient(handler), Options.Create(new Neo4jOptions { Uri = new Uri("http://graph.example:7474") }), NullLogger<QueryApiClient>.Instance);
        return (new AnalystQueryRunner(client), handler);
    }

    private static string Statement(string body) => JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString()!;

    [Theory]
    [InlineData("MATCH (n:Node) RETURN n.name")]
    [InlineData("CALL db.labels()")]
    [InlineData("MATCH (n:Node) RETURN n.id AS b, n.name AS a")]
    public async Task The_statement_runs_unchanged_after_its_plan_check(string statement)
    {
        var (runner, handler) = Runner(Plan, Rows(2));

        var result = await runner.RunAsync(statement, new Dictionary<string, object?>(), 10, TestContext.Current.CancellationToken);

        Assert.Equal(["EXPLAIN " + statement, statement], handler.Requests.Select(r => Statement(r.Body)));
        Assert.Equal(2, result.Rows.Count);
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task An_analysts_EXPLAIN_is_not_doubled_and_runs_once()
    {
        var (runner, handler) = Runner(Plan);

        await runner.RunAsync("EXPLAIN MATCH (n) RETURN n", new Dictionary<string, object?>(), 10, TestContext.Current.CancellationToken);

        Assert.Equal(["EXPLAIN  MATCH (n) RETURN n"], handler.Requests.Select(r => Statement(r.Body)));
    }

    [Fact]
    public async Task A_PROFILE_is_checked_by_its_plan_and_then_runs_as_written()
    {
        var (runner, handler) = Runner(Plan, Rows(1));

        await runner.RunAsync("CYPHER runtime=slotted PROFILE MATCH (n) RETURN n", new Dictionary<string, object?>(), 10, TestContext.Current.CancellationToken);

        Assert.Equal(["EXPLAIN CYPHER runtime=slotted  MATCH (n) RETURN n", "CYPHER runtime=slotted PROFILE MATCH (n) RETURN n"], handler.Requests.Select(r => Statement(r.Body)));
    }

    [Fact]
    public async Task Rows_past_the_cap_are_dropped_and_the_result_says_so()
    {
        var (runner, _) = Runner(Plan, Rows(5));

        var result = await runner.RunAsync("MATCH (n) RETURN n.name", new Dictionary<string, object?>(), 3, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Rows.Count);
        Assert.True(result.Truncated);
    }

    [Fact]
    public async Task A_writing_plan_stops_the_statement_before_it_runs()
    {
        var writing = Plan.Replace("NodeByLabelScan@neo4j", "SetProperties@neo4j", StringComparison.Ordinal);
        var (runner, handler) = Runner(writing, Rows(1));

        var error = await Assert.ThrowsAsync<StoreException>(() => runner.RunAsync("MATCH (n) RETURN n", new Dictionary<string, object?>(), 3, TestContext.Current.CancellationToken));

        Assert.Equal(CypherGuard.Rejected, error.Code);
        Assert.Single(handler.Requests);
    }
}
