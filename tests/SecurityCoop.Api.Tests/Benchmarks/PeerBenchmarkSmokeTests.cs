using System.Text.Json;
using SecurityCoop.Tests.Commands;

namespace SecurityCoop.Tests.Benchmarks;

/// <summary>
/// The peer benchmark runs end to end on a small generated world: igraph, networkx and the service's /graphql on the
/// same pairs, with the same hop counts. A smoke test only; the figures come from running it at scale (docs/benchmarks.md).
/// </summary>
public sealed class PeerBenchmarkSmokeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-peers-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_path_benchmark_compares_igraph_networkx_and_the_service_on_a_generated_world()
    {
        ExternalTools.Require(File.Exists("/usr/bin/python3") && Directory.Exists("/usr/lib/python3/dist-packages/networkx") && Directory.Exists("/usr/lib/python3/dist-packages/igraph"),
            "Debian's python3 with networkx and igraph is missing; run ./test.sh, which installs them.");
        var world = Path.Combine(folder, "world");
        var generate = await ProgramProcess.ServiceAsync("generate", "--out", world, "--relations", "4000");
        Assert.Equal(0, generate.ExitCode);
        await using var app = SecurityCoop.Api.SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None",
            $"--GraphStore:DataPath={world}", "--RateLimits:GraphQLPerMinute=0"]);
        await app.StartAsync(TestContext.Current.CancellationToken);

        var run = await ProgramProcess.RunAsync("/usr/bin/python3", Path.Combine(RepositoryPaths.Root, "benchmarks", "peers", "paths.py"), world, app.Urls.First(), "40");

        Assert.True(run.ExitCode == 0, run.Errors);
        var report = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal((4000, 40, 0), (report.GetProperty("relations").GetInt32(), report.GetProperty("pairs").GetInt32(), report.GetProperty("hopCountsDiffer").GetInt32()));
        Assert.True(report.GetProperty("medianMs").GetProperty("service").GetDouble() > 0);
        Assert.True(report.GetProperty("serviceOverIgraph").GetProperty("median").GetDouble() > 0);
    }
}
