using System.Diagnostics;
using System.Text.Json;
using SecurityCoop.Tests.Commands;

namespace SecurityCoop.Tests.Benchmarks;

/// <summary>
/// benchmarks/compare.sh runs end to end on a tiny world with one-second runs and reports every target: a positive
/// figure and whether it is met. A smoke test only: it serves with this test run's build of the service (whatever its
/// configuration), builds the benchmarks project, and shares the machine with the rest of the run, so its figures mean
/// nothing; they come from full runs (benchmarks/compare.sh with no arguments).
/// </summary>
public sealed class CompareBenchmarkSmokeTests
{
    private static readonly string[] Ratios = ["pathMedianStoreOverIgraph", "pathMedianStoreOverNetworkx", "pathP99StoreOverIgraph",
        "pathMedianGraphqlOverIgraph", "bytesPerRelation", "loadSecondsOverIgraphCsv"];

    private static readonly string[] Questions = ["overlap", "members", "shortestPath"];

    [Fact]
    public async Task The_comparison_reports_every_target_with_a_figure_and_whether_it_is_met()
    {
        ExternalTools.Require(File.Exists("/usr/bin/python3") && Directory.Exists("/usr/lib/python3/dist-packages/networkx")
            && Directory.Exists("/usr/lib/python3/dist-packages/igraph"), "Debian's python3 with networkx and igraph is missing; run ./test.sh, which installs them.");
        ExternalTools.Require(ExternalTools.OnPath("wrk"), "wrk is missing; install Debian's wrk package.");
        ExternalTools.Require(ExternalTools.OnPath("node") && Directory.Exists(Path.Combine(RepositoryPaths.Root, "benchmarks", "peers", "graphql", "node_modules", "mercurius")),
            "Node.js or the GraphQL peer's npm packages are missing; install Node.js and run npm ci in benchmarks/peers/graphql.");
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryPaths.Root, "benchmarks", "compare.sh"), "3000", "1"])
        {
            Environment =
            {
                ["COMPARE_APP"] = AppContext.BaseDirectory,
                ["COMPARE_PAIRS"] = "30",
                ["COMPARE_ROUNDS"] = "1",
                ["COMPARE_CONNECTIONS"] = "2",
                ["COMPARE_PORT"] = "5460",
            },
        };

        var run = await ProgramProcess.RunAsync(start, TimeSpan.FromMinutes(3));

        Assert.True(run.ExitCode == 0, $"{run.Errors}{run.Output}");
        var report = JsonDocument.Parse(run.Output).RootElement;
        foreach (var name in Ratios)
            AssertTarget(report.GetProperty(name), name);
        Assert.True(report.GetProperty("firstLoadSecondsOverIgraphCsv").GetDouble() > 0, "the first start, from the dataset, is reported");
        foreach (var question in Questions)
        {
            AssertTarget(report.GetProperty("graphqlCpuOverPeer").GetProperty(question), $"graphqlCpuOverPeer.{question}");
            AssertTarget(report.GetProperty("graphqlThroughputOverMinimal").GetProperty(question), $"graphqlThroughputOverMinimal.{question}");
        }
    }

    private static void AssertTarget(JsonElement target, string name)
    {
        var value = target.GetProperty("value");
        Assert.True(value.ValueKind == JsonValueKind.Number && value.GetDouble() > 0, $"{name} is {target}");
        Assert.True(target.GetProperty("met").ValueKind is JsonValueKind.True or JsonValueKind.False, $"{name} has no boolean 'met': {target}");
    }
}
