using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Embedded;

/// <summary>
/// Opening the seed dataset with a snapshot: the first start reads the dataset and writes the snapshot, the next reads
/// the snapshot and answers every operation of the store port as the dataset does (quotes read back from the documents
/// included); a changed data file, a damaged snapshot or one from another format is not used, and is written anew; a
/// snapshot that cannot be written is only reported.
/// </summary>
public sealed class GraphSnapshotTests : IDisposable
{
    private static readonly GraphData Data = DatasetLoader.Load(RepositoryPaths.Dataset);
    private readonly string folder = Directory.CreateTempSubdirectory("securitycoop-snapshot-").FullName;
    private readonly List<string> reports = [];

    public GraphSnapshotTests() => Copy(RepositoryPaths.Dataset, Data1);

    private string Data1 => Path.Combine(folder, "data");

    private string SnapshotPath => Path.Combine(Data1, ".securitycoop.snapshot");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_second_start_reads_the_snapshot_and_answers_every_operation_as_the_dataset_does()
    {
        Open();
        Assert.True(File.Exists(SnapshotPath), string.Join("\n", reports));
        var store = Open();

        Assert.StartsWith("Read the graph from its snapshot", reports[^1]);
        var comparison = new StoreComparison(new EmbeddedGraphStore(Data), store);
        Assert.Empty(await comparison.CompareAsync(Data, TestContext.Current.CancellationToken));
        Assert.True(comparison.Operations > 500, $"{comparison.Operations} operations");
    }

    [Fact]
    public async Task A_changed_data_file_is_read_and_validated_again_and_the_snapshot_rewritten()
    {
        Open();
        var relations = Path.Combine(Data1, "relations", "member_of.jsonl");
        var lines = File.ReadAllLines(relations);
        var dropped = lines.Single(l => l.Contains("\"rel:member_of:state-india:org-sco:2016-06\"", StringComparison.Ordinal));
        File.WriteAllLines(relations, lines.Where(l => l != dropped));

        var store = Open();

        Assert.Contains("the data or the program changed", reports[^1]);
        Assert.Empty(await store.GetRelationsByIdAsync(["rel:member_of:state-india:org-sco:2016-06"], TestContext.Current.CancellationToken));
        Open();
        Assert.StartsWith("Read the graph from its snapshot", reports[^1]);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("other format")]
    [InlineData("flipped byte")]
    public async Task A_damaged_snapshot_is_not_used(string damage)
    {
        Open();
        var bytes = File.ReadAllBytes(SnapshotPath);
        File.WriteAllBytes(SnapshotPath, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "other format" => [.. "NOTGRAPH"u8, .. bytes[8..]],
            _ => [.. bytes[..^20], (byte)(bytes[^20] ^ 0xFF), .. bytes[^19..]],
        });

        var store = Open();

        Assert.DoesNotContain("Read the graph from its snapshot", reports[^1]);
        var comparison = new StoreComparison(new EmbeddedGraphStore(Data), store);
        Assert.Empty(await comparison.CompareAsync(Data, TestContext.Current.CancellationToken));
        Open();
        Assert.StartsWith("Read the graph from its snapshot", reports[^1]);
    }

    [Fact]
    public void A_snapshot_that_cannot_be_written_is_reported_and_the_store_still_opens()
    {
        var store = EmbeddedGraphStore.Open(Data1, Path.Combine(folder, "missing-folder", "graph.snapshot"), reports.Add);

        Assert.NotNull(store);
        Assert.Contains("could not write a snapshot", Assert.Single(reports));
    }

    private EmbeddedGraphStore Open() => EmbeddedGraphStore.Open(Data1, SnapshotPath, reports.Add);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
