using SecurityCoop.Core.Dataset;
using SecurityCoop.Neo4j.Seeding;

namespace SecurityCoop.Api.Commands;

/// <summary>
/// <c>cypher seed</c> writes the dataset as the idempotent script <c>cypher/03-seed.cypher</c>; <c>seed</c> applies the
/// constraints, the indexes and the dataset to the configured Neo4j (<c>GraphStore:Provider=Neo4j</c>, <c>Neo4j:*</c>).
/// </summary>
internal static class CypherCommands
{
    public static async Task<int> WriteSeedScriptAsync(CommandOptions options, TextWriter console)
    {
        await options.WriteAsync(SeedScript.Render(DatasetLoader.Load(options.DataPath)), "the Cypher seed script", console);
        return 0;
    }

    public static async Task<int> SeedAsync(CommandOptions options, string[] args, TextWriter console)
    {
        var data = DatasetLoader.Load(options.DataPath);
        await using var app = SecurityCoopHost.Build([.. args, "--GraphStore:Provider=Neo4j"]);
        var seeder = app.Services.GetRequiredService<Neo4jSeeder>();
        var report = await seeder.ApplyAsync(data, CancellationToken.None);
        await console.WriteLineAsync($"Applied the constraints, the indexes and {report.Rows} nodes, relations and conflicts to Neo4j (dataset stamp {report.Stamp}).");
        await console.WriteLineAsync("Removed what the dataset no longer has: " + string.Join(", ", report.Removed.Select(r => $"{r.Value} {r.Key}")) + ".");
        return 0;
    }
}
