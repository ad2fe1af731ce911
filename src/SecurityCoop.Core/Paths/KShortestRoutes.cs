namespace SecurityCoop.Core.Paths;

/// <summary>
/// A spur search of Yen's algorithm: the first shortest route (in <see cref="RouteOrder"/>) from <see cref="From"/>
/// to the question's end within <see cref="MaxHops"/>, entering none of <see cref="BannedNodes"/> and crossing
/// none of <see cref="BannedLinks"/> (pairs of node ids, either way round).
/// </summary>
public sealed record SpurRequest(string From, int MaxHops, IReadOnlySet<string> BannedNodes, IReadOnlySet<(string, string)> BannedLinks);

/// <summary>Answers a batch of spur searches: one route or null for each request, in the order asked.</summary>
public delegate Task<IReadOnlyList<GraphPath?>> SpurSearch(IReadOnlyList<SpurRequest> requests, CancellationToken cancellationToken);

/// <summary>
/// Yen's algorithm for the k shortest loopless routes, written once for every store: a store supplies the spur
/// search, this decides which routes come back. Routes are told apart by their nodes (parallel relations between
/// the same two nodes are one link), and candidates are taken in <see cref="RouteOrder"/>, so when more routes tie
/// than k allows, every store returns the same first k. The spurs of one accepted route go to the store as one batch.
/// </summary>
public static class KShortestRoutes
{
    private static readonly IReadOnlySet<string> NoNodes = new HashSet<string>();
    private static readonly IReadOnlySet<(string, string)> NoLinks = new HashSet<(string, string)>();

    public static async Task<IReadOnlyList<GraphPath>> FindAsync(string from, int k, int maxHops, SpurSearch search, CancellationToken cancellationToken)
    {
        if ((await search([new SpurRequest(from, maxHops, NoNodes, NoLinks)], cancellationToken))[0] is not { } first)
            return [];
        var accepted = new List<(GraphPath Path, IReadOnlyList<string> Ids)> { (first, RouteOrder.Ids(first)) };
        var candidates = new SortedSet<(GraphPath Path, IReadOnlyList<string> Ids)>(
            Comparer<(GraphPath Path, IReadOnlyList<string> Ids)>.Create((a, b) => RouteOrder.Instance.Compare(a.Ids, b.Ids)));
        while (accepted.Count < k)
        {
            var (previous, ids) = accepted[^1];
            var requests = Enumerable.Range(0, previous.Length).Select(i => Spur(accepted, ids, i, maxHops)).ToList();
            var spurs = await search(requests, cancellationToken);
            for (var i = 0; i < spurs.Count; i++)
            {
                if (spurs[i] is { } spur)
                {
                    var candidate = Join(previous, i, spur);
                    candidates.Add((candidate, RouteOrder.Ids(candidate)));
                }
            }
            if (candidates.Count == 0)
                break;
            var best = candidates.Min;
            candidates.Remove(best);
            accepted.Add(best);
        }
        return [.. accepted.Select(a => a.Path)];
    }

    /// <summary>The spur at node <paramref name="i"/>: the root before it banned, and every link an accepted route with the same root took from it.</summary>
    private static SpurRequest Spur(List<(GraphPath Path, IReadOnlyList<string> Ids)> accepted, IReadOnlyList<string> ids, int i, int maxHops)
    {
        var root = ids.Take(i + 1).ToList();
        var links = accepted.Where(a => a.Ids.Count > i + 1 && a.Ids.Take(i + 1).SequenceEqual(root, StringComparer.Ordinal))
            .Select(a => (ids[i], a.Ids[i + 1])).ToHashSet();
        return new SpurRequest(ids[i], maxHops - i, root.Take(i).ToHashSet(StringComparer.Ordinal), links);
    }

    /// <summary>The route that follows <paramref name="previous"/> to its node <paramref name="i"/>, then the spur.</summary>
    private static GraphPath Join(GraphPath previous, int i, GraphPath spur) =>
        new([.. previous.Nodes.Take(i), .. spur.Nodes], [.. previous.Steps.Take(i), .. spur.Steps]);
}
