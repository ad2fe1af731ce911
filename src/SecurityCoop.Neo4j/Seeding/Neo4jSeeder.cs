using SecurityCoop.Core.Dataset;
using SecurityCoop.Neo4j.Cypher;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j.Seeding;

/// <summary>
/// Applies <c>cypher/</c> to a database: the constraints and indexes scripts, then the dataset through the same
/// statements as <c>03-seed.cypher</c>, with the rows sent as parameters in batches rather than as literal text.
/// </summary>
public sealed class Neo4jSeeder(QueryApiClient client)
{
    private const int BatchSize = 500;

    public async Task<int> ApplyAsync(GraphData data, CancellationToken cancellationToken)
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
        return rows;
    }

    /// <summary>Deletes every node, relation and conflict (development and tests only).</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in CypherLibrary.Statements(CypherLibrary.Script("reset")))
            await client.RunAsync(statement, new Dictionary<string, object?>(), AccessMode.Write, cancellationToken);
    }
}
