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

    [Fact]
    public void The_image_runs_as_its_unprivileged_user_reports_its_health_and_restores_before_copying_the_sources()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile")).Select(l => l.Trim()).ToList();
        var runtime = lines.FindLastIndex(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        var restore = lines.FindIndex(l => l.StartsWith("RUN dotnet restore", StringComparison.Ordinal));
        var sources = lines.FindIndex(l => l == "COPY . .");

        Assert.True(restore >= 0 && sources > restore, "dotnet restore runs before the whole source tree is copied");
        Assert.All(lines.Take(restore).Where(l => l.StartsWith("COPY ", StringComparison.Ordinal)), l => Assert.Matches(@"\.(csproj|props|json)\b", l));
        var user = lines.FindIndex(runtime, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.True(user > runtime, "the runtime stage names a user");
        Assert.DoesNotMatch("^USER (root|0)$", lines[user]);
        Assert.Contains(lines.Skip(runtime), l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));
        Assert.Contains(lines.Skip(runtime), l => l.Contains("\"health\", \"--url\", \"http://localhost:5080/health/ready\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_compose_client_accepts_the_compose_file()
    {
        var client = await ComposeClientAsync();
        if (client is null)
            Assert.Skip("No compose client (docker compose or docker-compose) is installed here; the compose file is checked where one is.");

        var (exitCode, errors) = await RunAsync(client.Value.Program,
            [.. client.Value.Prefix, "-f", Path.Combine(RepositoryPaths.Root, "docker-compose.yml"), "config", "--quiet"]);

        Assert.True(exitCode == 0, errors);
    }

    /// <summary>docker's compose plugin, else the standalone docker-compose; null when neither answers.</summary>
    private static async Task<(string Program, string[] Prefix)?> ComposeClientAsync()
    {
        foreach (var (program, prefix) in new[] { ("docker", new[] { "compose" }), ("docker-compose", Array.Empty<string>()) })
        {
            var path = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
            if (path is not null && (await RunAsync(path, [.. prefix, "version"])).ExitCode == 0)
                return (path, prefix);
        }
        return null;
    }

    private static async Task<(int ExitCode, string Errors)> RunAsync(string program, string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program, args)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["NEO4J_PASSWORD"] = "a-long-enough-password" },
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await errors);
    }
}
