using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.QueryApi;
using SecurityCoop.Neo4j.Seeding;
using SecurityCoop.Tests.QueryApi;

namespace SecurityCoop.Tests.Seeding;

/// <summary>The seeder loads, then deletes what the dataset no longer has and reports it, against documented Query API responses.</summary>
public sealed class Neo4jSeederTests
{
    [Fact]
    public async Task After_loading_the_seeder_removes_unstamped_elements_and_reports_how_many()
    {
        var data = DatasetLoader.Load(RepositoryPaths.Dataset);
        var handler = new ScriptedHandler(request =>
        {
            var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            var statement = JsonDocument.Parse(body).RootElement.GetProperty("statement").GetString()!;
            var removed = statement.StartsWith("MATCH ()-[r]->()", StringComparison.Ordinal) ? 3 : statement.StartsWith("MATCH (n:Node)", StringComparison.Ordinal) ? 2 : 0;
            return ScriptedHandler.Json(HttpStatusCode.Accepted, statement.Contains("RETURN count(*) AS removed", StringComparison.Ordinal)
                ? $$$"""{"data": {"fields": ["removed"], "values": [[{"$type": "Integer", "_value": "{{{removed}}}"}]]}}"""
                : """{"data": {"fields": [], "values": []}}""");
        });
        var client = new QueryApiClient(new HttpClient(handler), Options.Create(new Neo4jOptions { Uri = new Uri("http://graph.example:7474") }), NullLogger<QueryApiClient>.Instance);

        var report = await new Neo4jSeeder(client).ApplyAsync(data, TestContext.Current.CancellationToken);

        var statements = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("statement").GetString()!).ToList();
        Assert.Equal(SeedStatements.Cleanup(report.Stamp).Select(c => c.Statement), statements.TakeLast(4));
        Assert.Equal(3, report.Removed["relations"]);
        Assert.Equal(2, report.Removed["nodes"]);
        Assert.Equal(0, report.Removed["conflicts"]);
        Assert.Equal(SeedStatements.Stamp(data), report.Stamp);
    }
}
