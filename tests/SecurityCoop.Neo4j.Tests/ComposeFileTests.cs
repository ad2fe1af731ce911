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
}
