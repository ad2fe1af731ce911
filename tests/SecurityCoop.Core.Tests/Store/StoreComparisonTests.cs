using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

/// <summary>The comparison that <c>neo4j verify</c> runs: no difference between two equal stores, and every difference when they are not.</summary>
public sealed class StoreComparisonTests
{
    private static readonly GraphData Data = DatasetLoader.Load(RepositoryPaths.Dataset);

    [Fact]
    public async Task Two_stores_on_the_same_dataset_answer_every_operation_alike()
    {
        var comparison = new StoreComparison(new EmbeddedGraphStore(Data), new EmbeddedGraphStore(Data));

        var differences = await comparison.CompareAsync(Data, TestContext.Current.CancellationToken);

        Assert.Empty(differences);
        Assert.True(comparison.Operations > 500, $"{comparison.Operations} operations");
    }

    [Fact]
    public async Task A_store_that_lost_a_relation_differs_in_each_operation_that_sees_it()
    {
        var india = Data.Relations.Single(r => r.Id == "rel:member_of:state-india:org-sco:2016-06");
        var lacking = Data with { Relations = [.. Data.Relations.Where(r => r != india)] };

        var differences = await new StoreComparison(new EmbeddedGraphStore(Data), new EmbeddedGraphStore(lacking)).CompareAsync(Data, TestContext.Current.CancellationToken);

        var operations = differences.Select(d => d.Operation).ToList();
        Assert.Contains("relations by id", operations);
        Assert.Contains("members of org:sco", operations);
        Assert.Contains("bodies of state:india", operations);
        Assert.Contains("statistics", operations);
        Assert.DoesNotContain("bodies of state:china", operations);
        Assert.All(differences, d => Assert.NotEqual(d.Expected, d.Actual));
    }
}
