using System.Diagnostics;
using System.Text.Json;
using SecurityCoop.Tests.Commands;

namespace SecurityCoop.Tests.Benchmarks;

/// <summary>
/// The GraphQL peer benchmark runs end to end on the seed data: the service and the mercurius peer
/// (benchmarks/peers/graphql/) answer its three questions with the same bytes, and wrk measures what each request costs
/// each of them. A smoke test only, a second a run; the service runs in this process, so its CPU time includes whatever
/// else the test run does. The figures come from full runs (docs in benchmarks/peers/graphql.py).
/// </summary>
public sealed class GraphQLPeerBenchmarkSmokeTests
{
    private static readonly string PeerFolder = Path.Combine(RepositoryPaths.Root, "benchmarks", "peers", "graphql");

    private static readonly string[] Questions = ["overlap", "members", "shortestPath"];

    [Fact]
    public async Task The_graphql_benchmark_measures_the_service_and_the_mercurius_peer_on_identical_answers()
    {
        ExternalTools.Require(ExternalTools.OnPath("node") && Directory.Exists(Path.Combine(PeerFolder, "node_modules", "mercurius")),
            "Node.js or the GraphQL peer's npm packages are missing; install Node.js and run npm ci in benchmarks/peers/graphql.");
        ExternalTools.Require(ExternalTools.OnPath("wrk"), "wrk is missing; install Debian's wrk package.");
        ExternalTools.Require(File.Exists("/usr/bin/python3"), "/usr/bin/python3 is missing; install Debian's python3 package.");
        await using var app = SecurityCoop.Api.SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None",
            "--RateLimits:GraphQLPerMinute=0"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var peer = await PeerServer.StartAsync(Path.Combine(RepositoryPaths.Root, "data"));

        var run = await ProgramProcess.RunAsync("/usr/bin/python3", Path.Combine(RepositoryPaths.Root, "benchmarks", "peers", "graphql.py"),
            app.Urls.First(), Environment.ProcessId.ToString(), peer.Url, peer.ProcessId.ToString(), "1", "2", "1");

        Assert.True(run.ExitCode == 0, $"{run.Errors}{run.Output}");
        var questions = JsonDocument.Parse(run.Output).RootElement.GetProperty("questions");
        foreach (var name in Questions)
        {
            var question = questions.GetProperty(name);
            AssertPositive(question, name, "service", "cpuMicrosPerRequest");
            AssertPositive(question, name, "peer", "cpuMicrosPerRequest");
            AssertPositive(question, name, "serviceOverPeer", "cpuPerRequest");
            AssertPositive(question, name, "serviceOverPeer", "p99");
        }
    }

    private static void AssertPositive(JsonElement question, string name, string part, string figure)
    {
        var value = question.GetProperty(part).GetProperty(figure);
        Assert.True(value.ValueKind == JsonValueKind.Number && value.GetDouble() > 0, $"{name}.{part}.{figure} is {value}: {question}");
    }

    /// <summary>The peer as its own node process on a free port, stopped when disposed.</summary>
    private sealed class PeerServer(Process process, string url) : IDisposable
    {
        private const string Ready = "listening on ";

        public string Url => url;

        public int ProcessId => process.Id;

        /// <summary>Starts the peer on <paramref name="data"/> and waits for the line that gives its address.</summary>
        public static async Task<PeerServer> StartAsync(string data)
        {
            var start = new ProcessStartInfo("node", [Path.Combine(PeerFolder, "server.mjs"), data, "0"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            var node = Process.Start(start)!;
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            limit.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                var line = await node.StandardOutput.ReadLineAsync(limit.Token);
                if (line is null || !line.StartsWith(Ready, StringComparison.Ordinal))
                    Assert.Fail($"the peer did not start: {line} {await node.StandardError.ReadToEndAsync(limit.Token)}");
                return new PeerServer(node, line[Ready.Length..]);
            }
            catch
            {
                Stop(node);
                throw;
            }
        }

        public void Dispose() => Stop(process);

        private static void Stop(Process node)
        {
            if (!node.HasExited)
                node.Kill(entireProcessTree: true);
            node.WaitForExit();
            node.Dispose();
        }
    }
}
