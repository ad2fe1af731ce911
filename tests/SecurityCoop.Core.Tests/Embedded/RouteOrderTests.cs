using CsCheck;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Tests.Embedded;

/// <summary>
/// The path answers against an enumeration of every loopless route on random small graphs with parallel relations:
/// the shortest, all shortest and k shortest routes, and each linked node's path, must be the first routes in
/// <see cref="RouteOrder"/>, whatever order the relations were added in.
/// </summary>
public sealed class RouteOrderTests
{
    private const int Size = 7;
    private const int MaxHops = 5;

    private static readonly Gen<(int From, int To, int Kind)[]> Relations =
        Gen.Select(Gen.Int[0, Size - 1], Gen.Int[0, Size - 1], Gen.Int[0, 2]).Where(r => r.Item1 != r.Item2).Array[4, 18];

    private static string Id(int i) => $"org:n{(i * 5) % Size}";

    private static TinyGraph Graph((int From, int To, int Kind)[] relations)
    {
        var graph = new TinyGraph().Nodes([.. Enumerable.Range(0, Size).Select(Id)]);
        foreach (var (from, to, kind) in relations)
            graph.Relation(kind == 0 ? RelationType.CooperatesWith : kind == 1 ? RelationType.PartOf : RelationType.SuccessorOf, Id(from), Id(to));
        return graph;
    }

    /// <summary>Every loopless route from one node to another within the hop limit, by nodes, in route order.</summary>
    private static List<List<string>> Enumerate((int From, int To, int Kind)[] relations, string from, string to)
    {
        var links = relations.SelectMany(r => new[] { (Id(r.From), Id(r.To)), (Id(r.To), Id(r.From)) }).ToHashSet();
        var routes = new List<List<string>>();
        void Walk(List<string> route)
        {
            if (route[^1] == to)
            {
                routes.Add([.. route]);
                return;
            }
            if (route.Count > MaxHops)
                return;
            foreach (var next in links.Where(l => l.Item1 == route[^1] && !route.Contains(l.Item2)).Select(l => l.Item2).Distinct())
            {
                route.Add(next);
                Walk(route);
                route.RemoveAt(route.Count - 1);
            }
        }
        Walk([from]);
        return [.. routes.Order(RouteOrder.Instance)];
    }

    private static string Key(IEnumerable<string> route) => string.Join(">", route);

    [Fact]
    public async Task Path_answers_are_the_first_routes_in_route_order()
    {
        await Gen.Select(Relations, Gen.Int[0, Size - 1], Gen.Int[1, Size - 1], Gen.Int[1, 12]).SampleAsync(async (relations, from, offset, k) =>
        {
            var (a, b) = (Id(from), Id((from + offset) % Size));
            var store = new EmbeddedGraphStore(Graph(relations).Build());
            var expected = Enumerate(relations, a, b);
            var shortest = expected.TakeWhile(r => r.Count == expected[0].Count).ToList();

            var kShortest = await store.FindPathsAsync(new PathQuery(a, b, PathMode.KShortest, K: k, MaxHops: MaxHops), CancellationToken.None);
            var all = await store.FindPathsAsync(new PathQuery(a, b, PathMode.AllShortest, K: 2, MaxHops: MaxHops), CancellationToken.None);
            var one = await store.FindPathsAsync(new PathQuery(a, b, MaxHops: MaxHops), CancellationToken.None);

            Assert.Equal(expected.Take(k).Select(Key), kShortest.Select(p => Key(RouteOrder.Ids(p))));
            Assert.Equal(shortest.Take(2).Select(Key), all.Select(p => Key(RouteOrder.Ids(p))));
            Assert.Equal(shortest.Take(1).Select(Key), one.Select(p => Key(RouteOrder.Ids(p))));
        }, iter: 300);
    }

    [Fact]
    public async Task A_linked_nodes_path_is_its_first_shortest_route()
    {
        await Gen.Select(Relations, Gen.Int[0, Size - 1]).SampleAsync(async (relations, from) =>
        {
            var store = new EmbeddedGraphStore(Graph(relations).Build());

            var linked = await store.LinkedAsync(new LinkageQuery(Id(from), MaxHops), CancellationToken.None);

            Assert.All(linked, l => Assert.Equal(Key(Enumerate(relations, Id(from), l.Node.Id)[0]), Key(RouteOrder.Ids(l.Path))));
        }, iter: 200);
    }
}
