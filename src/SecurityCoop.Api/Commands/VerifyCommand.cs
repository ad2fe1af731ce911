using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Seeding;

namespace SecurityCoop.Api.Commands;

/// <summary>
/// <c>neo4j verify [--data DIR] [--seed] [--Neo4j:Uri=...]</c>: runs every operation of the store port on the dataset
/// through the embedded store and the configured Neo4j (<see cref="StoreComparison"/>) and prints every difference.
/// With <c>--seed</c> it seeds Neo4j from the dataset first (the seed makes the database equal to the dataset);
/// without, it only reads. Exit 0: the same answers; 1: differences; 2: Neo4j cannot be reached or refused.
/// </summary>
internal static class VerifyCommand
{
    private const int Shown = 400;

    /// <param name="seedFirst">Seed Neo4j from the dataset before comparing.</param>
    /// <param name="settings">Settings for the host, such as <c>--Neo4j:Uri=...</c>.</param>
    public static async Task<int> RunAsync(CommandOptions options, bool seedFirst, string[] settings, TextWriter output, TextWriter errors)
    {
        var data = DatasetLoader.Load(options.DataPath);
        await using var app = SecurityCoopHost.Build([.. settings, "--GraphStore:Provider=Neo4j", "--Logging:LogLevel:Default=Warning"]);
        var neo4j = app.Services.GetRequiredService<IGraphStore>();
        try
        {
            if (seedFirst)
            {
                var report = await app.Services.GetRequiredService<Neo4jSeeder>().ApplyAsync(data, CancellationToken.None);
                await output.WriteLineAsync($"Seeded {report.Rows} rows (dataset stamp {report.Stamp}).");
            }
            await neo4j.StatisticsAsync(CancellationToken.None);
        }
        catch (StoreException e)
        {
            await errors.WriteLineAsync($"{e.Code}: {e.Message}");
            return 2;
        }
        var comparison = new StoreComparison(new EmbeddedGraphStore(data), neo4j);
        var differences = await comparison.CompareAsync(data, CancellationToken.None);
        foreach (var difference in differences)
        {
            await output.WriteLineAsync($"DIFFERENT {difference.Operation}");
            await output.WriteLineAsync($"  embedded: {Shorten(difference.Expected)}");
            await output.WriteLineAsync($"  neo4j:    {Shorten(difference.Actual)}");
        }
        await output.WriteLineAsync($"{comparison.Operations} operations compared, {differences.Count} with different answers.");
        return differences.Count == 0 ? 0 : 1;
    }

    private static string Shorten(string text) => text.Length <= Shown ? text : text[..Shown] + $"... ({text.Length} characters)";
}
