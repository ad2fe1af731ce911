using System.Text.Json;

namespace SecurityCoop.Tests.Commands;

/// <summary>The program's commands, run as a user runs them: as a separate process.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-commands-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) => ProgramProcess.ServiceAsync(args);

    [Fact]
    public async Task Generate_writes_a_synthetic_world_that_validates_loads_and_repeats_for_the_same_seed()
    {
        var world = Path.Combine(folder, "world");
        var again = Path.Combine(folder, "again");

        var (exit, output, _) = await RunAsync("generate", "--out", world, "--relations", "3000", "--seed", "7");
        var repeat = await RunAsync("generate", "--out", again, "--relations", "3000", "--seed", "7");
        var notEmpty = await RunAsync("generate", "--out", world);
        var bad = await RunAsync("generate", "--out", Path.Combine(folder, "bad"), "--relations", "many");

        Assert.Equal((0, 0), (exit, repeat.ExitCode));
        Assert.Contains("3000 relations", output, StringComparison.Ordinal);
        Assert.Empty(SecurityCoop.Core.Dataset.DatasetLoader.Validate(world));
        var data = SecurityCoop.Core.Dataset.DatasetLoader.Load(world);
        Assert.Equal(3000, data.Relations.Count);
        Assert.Equal(600, data.Nodes.Count(n => n.Type == SecurityCoop.Core.Nodes.NodeType.State));
        var members = data.Relations.Where(r => r.Type == SecurityCoop.Core.Relations.RelationType.MemberOf).GroupBy(r => r.To).Select(g => g.Count()).OrderDescending().ToList();
        Assert.True(members[0] > 5 * members[members.Count / 2], $"memberships are not heavy-tailed: {members[0]} at the top, {members[members.Count / 2]} at the median");
        foreach (var file in Directory.GetFiles(world, "*", SearchOption.AllDirectories))
            Assert.Equal(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken), await File.ReadAllTextAsync(Path.Combine(again, Path.GetRelativePath(world, file)), TestContext.Current.CancellationToken));
        Assert.Equal(2, notEmpty.ExitCode);
        Assert.Contains("not empty", notEmpty.Errors, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'--relations'", bad.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_or_empty_dataset_stops_the_service_before_it_listens_with_the_validators_message()
    {
        var corrupt = Directory.CreateDirectory(Path.Combine(folder, "corrupt", "entities")).Parent!.FullName;
        await File.WriteAllTextAsync(Path.Combine(corrupt, "entities", "states.jsonl"), "{not json\n", TestContext.Current.CancellationToken);
        var empty = Directory.CreateDirectory(Path.Combine(folder, "empty")).FullName;

        var broken = await RunAsync("--urls", "http://127.0.0.1:0", $"--GraphStore:DataPath={corrupt}");
        var nothing = await RunAsync("--urls", "http://127.0.0.1:0", $"--GraphStore:DataPath={empty}");
        var missing = await RunAsync("--urls", "http://127.0.0.1:0", $"--GraphStore:DataPath={Path.Combine(folder, "nowhere")}");

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("entities/states.jsonl: line 1: not valid JSON", broken.Errors, StringComparison.Ordinal);
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("the folder holds no entities", nothing.Errors, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("dataset folder not found", missing.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", broken.Errors + nothing.Errors + missing.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_facts_writes_every_entity_relation_and_conflict_with_its_sources()
    {
        var file = Path.Combine(folder, "facts.jsonl");

        var (exitCode, output, _) = await RunAsync("export", "facts", "--out", file);

        Assert.Equal(0, exitCode);
        var lines = (await File.ReadAllLinesAsync(file, TestContext.Current.CancellationToken)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Contains($"Wrote {lines.Count} facts", output, StringComparison.Ordinal);
        var kinds = lines.GroupBy(l => l.GetProperty("kind").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(RepositoryPaths.DataRecords("entities"), kinds["entity"]);
        Assert.Equal(RepositoryPaths.DataRecords("conflicts.jsonl"), kinds["conflict"]);
        Assert.True(kinds["relation"] > 1300);
        Assert.All(lines.Where(l => l.GetProperty("kind").GetString() != "conflict"), l =>
            Assert.All(l.GetProperty("sources").EnumerateArray(), s => Assert.True(s.GetProperty("line").GetInt32() > 0 && s.GetProperty("quote").GetString()!.Length > 0)));
        var rats = lines.Single(l => l.GetProperty("id").GetString() == "rel:established_by:mech-rats:org-sco:2002");
        Assert.Equal(143, rats.GetProperty("sources")[0].GetProperty("line").GetInt32());
        var founded = lines.Single(l => l.GetProperty("id").GetString() == "mech:rats#founded");
        Assert.Equal(("fact", "mech:rats", "fact"), (founded.GetProperty("kind").GetString(), founded.GetProperty("record").GetString(), founded.GetProperty("sourcesFrom").GetString()));
        Assert.Contains(founded.GetProperty("sources").EnumerateArray(), s => s.GetProperty("line").GetInt32() == 131);
        Assert.True(kinds["fact"] > kinds["entity"] + kinds["relation"]);
    }

    [Fact]
    public async Task Validate_names_the_file_record_and_problem_of_a_broken_dataset()
    {
        Directory.CreateDirectory(Path.Combine(folder, "entities"));
        await File.WriteAllTextAsync(Path.Combine(folder, "entities", "states.jsonl"),
            """{"id":"state:a","type":"State","name":"A","props":{"founded":"someday"},"sources":[]}""" + "\n", TestContext.Current.CancellationToken);

        var (exitCode, _, errors) = await RunAsync("validate", "--data", folder);

        Assert.Equal(1, exitCode);
        Assert.Contains("entities/states.jsonl: state:a: founded 'someday' is not a date", errors, StringComparison.Ordinal);
        Assert.Contains("entities/states.jsonl: state:a: has no source", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_prints_the_commands_and_fails()
    {
        var (exitCode, _, errors) = await RunAsync("frobnicate");

        Assert.Equal(2, exitCode);
        Assert.Contains("export facts", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_says_whether_a_running_service_is_ready()
    {
        await using var app = SecurityCoop.Api.SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None"]);
        await app.StartAsync(TestContext.Current.CancellationToken);

        var ready = await RunAsync("health", "--url", new Uri(new Uri(app.Urls.First()), "/health/ready").ToString());
        var nobody = await RunAsync("health", "--url", "http://127.0.0.1:9/health/ready");

        Assert.Equal(0, ready.ExitCode);
        Assert.Contains("200 Healthy", ready.Output, StringComparison.Ordinal);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("No answer from", nobody.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Neo4j_verify_says_plainly_when_Neo4j_cannot_be_reached()
    {
        var (exitCode, _, errors) = await RunAsync("neo4j", "verify", "--Neo4j:Uri=http://127.0.0.1:9", "--Neo4j:Retries=0", "--Neo4j:Timeout=00:00:03");

        Assert.Equal(2, exitCode);
        Assert.Contains("STORE_UNAVAILABLE", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }
}
