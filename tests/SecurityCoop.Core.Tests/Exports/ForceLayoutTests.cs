using SecurityCoop.Core.Exports;

namespace SecurityCoop.Tests.Exports;

public sealed class ForceLayoutTests
{
    /// <summary>Four rings of eight nodes, each ring tied to the next by one edge, and two lone nodes.</summary>
    private static (string[] Nodes, (string, string)[] Edges) Rings()
    {
        var nodes = Enumerable.Range(0, 32).Select(i => $"n:{i:00}").Append("n:lone-a").Append("n:lone-b").ToArray();
        var edges = Enumerable.Range(0, 32).Select(i => (nodes[i], nodes[(i / 8 * 8) + ((i + 1) % 8)]))
            .Concat(Enumerable.Range(0, 3).Select(r => (nodes[r * 8], nodes[(r + 1) * 8]))).ToArray();
        return (nodes, edges);
    }

    private static double Distance(NetworkPosition a, NetworkPosition b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));

    [Fact]
    public void The_same_graph_gets_the_same_positions_whatever_order_its_nodes_and_edges_come_in()
    {
        var (nodes, edges) = Rings();

        var first = ForceLayout.Compute(nodes, edges, TestContext.Current.CancellationToken);
        var again = ForceLayout.Compute(nodes.Reverse(), edges.Reverse(), TestContext.Current.CancellationToken);

        Assert.Equal(first.OrderBy(p => p.Key, StringComparer.Ordinal), again.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Positions_are_finite_and_no_two_nodes_share_one()
    {
        var (nodes, edges) = Rings();

        var positions = ForceLayout.Compute(nodes, edges, TestContext.Current.CancellationToken);

        Assert.Equal(nodes.Order(StringComparer.Ordinal), positions.Keys.Order(StringComparer.Ordinal));
        Assert.All(positions.Values, p => Assert.True(double.IsFinite(p.X) && double.IsFinite(p.Y)));
        Assert.Equal(positions.Count, positions.Values.Distinct().Count());
    }

    [Fact]
    public void Joined_nodes_end_up_closer_on_average_than_nodes_that_are_not_joined()
    {
        var (nodes, edges) = Rings();
        var joined = edges.Select(e => (e.Item1, e.Item2)).ToHashSet();

        var positions = ForceLayout.Compute(nodes, edges, TestContext.Current.CancellationToken);

        var apart = nodes.SelectMany(a => nodes.Where(b => string.CompareOrdinal(a, b) < 0 && !joined.Contains((a, b)) && !joined.Contains((b, a)))
            .Select(b => Distance(positions[a], positions[b]))).Average();
        var together = edges.Average(e => Distance(positions[e.Item1], positions[e.Item2]));
        Assert.True(together * 2 < apart, $"joined {together:F1} apart, others {apart:F1}");
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        var (nodes, edges) = Rings();

        Assert.Throws<OperationCanceledException>(() => ForceLayout.Compute(nodes, edges, new CancellationToken(canceled: true)));
    }
}
