using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SecurityCoop.Tests.Commands;

/// <summary>
/// The command line as a new user meets it, run as a separate process: help for the program and every command without
/// starting anything, usage mistakes with exit code 2 and a line that says what was wrong, commands that say what they
/// wrote, an address the service cannot listen on refused in one line, and the banner a started service prints.
/// </summary>
public sealed class CommandLineUsageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-usage-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) => ProgramProcess.ServiceAsync(args);

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_lists_the_commands_and_starts_nothing(string help)
    {
        var (exitCode, output, errors) = await RunAsync(help, "--GraphStore:DataPath=/nowhere");

        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "validate", "schema", "export", "cypher", "seed", "health", "generate", "neo4j", "--urls" })
            Assert.Contains(command, output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("generate", "--relations")]
    [InlineData("schema", "--out")]
    [InlineData("validate", "--data")]
    [InlineData("health", "--url")]
    [InlineData("neo4j verify", "--seed")]
    [InlineData("cypher seed", "--out")]
    [InlineData("export facts", "--data")]
    public async Task Every_command_has_its_own_help(string command, string option)
    {
        var (exitCode, output, _) = await RunAsync([.. command.Split(' '), "--help"]);

        Assert.Equal(0, exitCode);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains($"Usage:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("generate --relations 10", "Option '--out' is required")]
    [InlineData("generate --out DIR --relations 0", "--relations must be at least 1; it is 0")]
    [InlineData("generate --out DIR --states 3", "--states must be at least 20; it is 3")]
    [InlineData("schema --bogus", "'--bogus' is not an option of 'schema'")]
    [InlineData("export facts --out", "--out")]
    [InlineData("frobnicate", "'frobnicate' is not a command or a setting")]
    public async Task A_usage_mistake_exits_2_with_what_was_wrong(string line, string message)
    {
        var (exitCode, output, errors) = await RunAsync([.. line.Replace("DIR", Path.Combine(folder, "world"), StringComparison.Ordinal).Split(' ')]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "world")));
    }

    [Fact]
    public async Task Commands_that_write_a_file_make_its_folder_and_say_what_they_wrote()
    {
        var schema = Path.Combine(folder, "new", "deeper", "schema.graphql");
        var script = Path.Combine(folder, "other", "seed.cypher");

        var wroteSchema = await RunAsync("schema", "--out", schema);
        var wroteScript = await RunAsync("cypher", "seed", "--out", script);

        Assert.Equal((0, 0), (wroteSchema.ExitCode, wroteScript.ExitCode));
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "schema.graphql"), TestContext.Current.CancellationToken),
            await File.ReadAllTextAsync(schema, TestContext.Current.CancellationToken));
        Assert.Contains($"Wrote the GraphQL schema to {schema}", wroteSchema.Output, StringComparison.Ordinal);
        Assert.Contains($"Wrote the Cypher seed script to {script}", wroteScript.Output, StringComparison.Ordinal);
        Assert.Contains("MERGE", await File.ReadAllTextAsync(script, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_address_the_service_cannot_listen_on_stops_the_start_in_one_line()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var busy = await RunAsync("--urls", $"http://127.0.0.1:{port}");
        var outOfRange = await RunAsync("--urls", "http://127.0.0.1:99999");
        var nonsense = await RunAsync("--urls", "nonsense");

        Assert.Equal((2, 2, 2), (busy.ExitCode, outOfRange.ExitCode, nonsense.ExitCode));
        Assert.Contains("address already in use", busy.Errors, StringComparison.Ordinal);
        Assert.Contains("out of range; use 1 to 65535", outOfRange.Errors, StringComparison.Ordinal);
        Assert.Contains("Invalid url: 'nonsense'", nonsense.Errors, StringComparison.Ordinal);
        foreach (var run in new[] { busy, outOfRange, nonsense })
            Assert.DoesNotContain("   at ", run.Errors + run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_started_service_says_where_it_listens_and_what_it_serves()
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SecurityCoop.Api.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var banner = new List<string>();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromMinutes(1));
            while (await process.StandardOutput.ReadLineAsync(limit.Token) is { } line && !line.StartsWith("Stop with Ctrl+C", StringComparison.Ordinal))
                banner.Add(line);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }

        var text = string.Join('\n', banner);
        Assert.Matches(@"SecurityCoop serves the embedded store on .+ \(release data-[0-9a-f]{12}\): [\d,]+ nodes, [\d,]+ relations, \d+ conflicts\.", text);
        var api = Assert.Single(banner, l => l.TrimStart().StartsWith("GraphQL API", StringComparison.Ordinal));
        var url = System.Text.RegularExpressions.Regex.Match(api, @"http://127\.0\.0\.1:\d+/graphql").Value;
        Assert.NotEqual("http://127.0.0.1:0/graphql", url);
        Assert.Contains(banner, l => l.TrimStart().StartsWith("GraphiQL", StringComparison.Ordinal) && l.Contains(url, StringComparison.Ordinal));
        Assert.Contains(banner, l => l.TrimStart().StartsWith("Explorer", StringComparison.Ordinal));
    }
}
