using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.Seeding;
using SecurityCoop.Tests.Store;

namespace SecurityCoop.Tests;

/// <summary>
/// The store contract, run against a live Neo4j: each test empties the database, seeds its tiny graph through the
/// same statements as cypher/03-seed.cypher, and asks its question through the cypher/queries library.
/// </summary>
public sealed class Neo4jGraphStoreTests(Neo4jServer server) : GraphStoreContract
{
    protected override async Task<IGraphStore> StoreWithAsync(GraphData data)
    {
        if (server.Unavailable is { } reason)
            Assert.Skip(reason);
        var client = server.Client();
        var seeder = new Neo4jSeeder(client);
        await seeder.ResetAsync(Cancel);
        await seeder.ApplyAsync(data, Cancel);
        return new Neo4jGraphStore(client);
    }
}
