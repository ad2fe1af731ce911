using SecurityCoop.Core.Dataset;
using SecurityCoop.Neo4j.Cypher;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j.Seeding;

/// <summary>What a seed did: rows loaded, and how many elements of each kind it removed because the dataset no longer has them.</summary>
public sealed record SeedReport(int Rows, string Stamp, IReadOnlyDictionary<string, long> Removed);

/// <summary>
/// Applies <c>cypher/</c> to a database: the constraints and indexes scripts, then the dataset through the same
/// statements as <c>03-seed.cypher</c>, with the rows sent as parameters in batches rather than as literal text, then
/// the cleanup that deletes what the dataset no longer has.
/// </summary>
public sealed class Neo4jSeeder(QueryApiClient client)
{
    private const int BatchSize = 500;

    public async Task<SeedReport> ApplyAsync(GraphData data, CancellationToken cancellationToken)
    {
        foreach (var script in new[] { "01-constraints", "02-indexes" })
        {
            foreach (var statement in CypherLibrary.Statements(CypherLibrary.Script(script)))
                await client.RunAsync(statement, new Dictionary<string, object?>(), AccessMode.Write, cancellationToken);
        }
        var rows = 0;
        foreach (var statement in SeedStatements.For(data))
        {
            foreach (var batch in statement.Rows.Chunk(BatchSize))
            {
                await client.RunAsync(statement.Template.TrimEnd(';'), new Dictionary<string, object?> { ["rows"] = batch.ToList() }, AccessMode.Write, cancellationToken);
                rows += batch.Length;
            }
        }
        var stamp = SeedStatements.Stamp(data);
        var removed = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (what, statement) in SeedStatements.Cleanup(stamp))
        {
            var result = await client.RunAsync(statement, new Dictionary<string, object?>(), AccessMode.Write, cancellationToken);
            removed[what] = result.Records.Select(r => r["removed"] is long n ? n : 0).FirstOrDefault();
        }
        return new SeedReport(rows, stamp, removed);
    }

    /// <summary>Deletes every node, relation and conflict (development and tests only).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in CypherLibrary.Statements(CypherLibrary.Script("reset")))
            await client.RunAsync(statement, new Dictionary<string, object?>(), AccessMode.Write, cancellationToken);
    }
}
