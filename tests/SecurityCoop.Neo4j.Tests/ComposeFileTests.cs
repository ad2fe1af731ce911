namespace SecurityCoop.Tests;

/// <summary>docker-compose.yml and the contract suite's container use one Neo4j image, with the Query API (5.25+).</summary>
public sealed class ComposeFileTests
{
    [Fact]
    public void The_compose_file_pins_the_image_the_contract_suite_starts()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"));

        Assert.Contains($"image: {Neo4jServer.Image}", compose, StringComparison.Ordinal);
        var version = Version.Parse(Neo4jServer.Image.Split(':')[1].Split('-')[0]);
        Assert.True(version >= new Version(5, 26), $"Neo4j {version} is older than 5.26");
        Assert.Contains("condition: service_healthy", compose, StringComparison.Ordinal);
        Assert.Contains("GraphStore__Provider: Neo4j", compose, StringComparison.Ordinal);
    }

    [Fact]
    public void The_server_stops_long_statements_and_the_api_restarts_on_failure_and_reports_its_health()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docker-compose.yml"));
        var api = compose[compose.IndexOf("  api:", StringComparison.Ordinal)..];

        Assert.Contains("NEO4J_db_transaction_timeout:", compose, StringComparison.Ordinal);
        Assert.Contains("restart: on-failure", api, StringComparison.Ordinal);
        Assert.Contains("\"health\", \"--url\", \"http://localhost:5080/health/ready\"", api, StringComparison.Ordinal);
        Assert.Contains("fewer than 8 characters or one containing '/'", compose, StringComparison.Ordinal);
    }
}
