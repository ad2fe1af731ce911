namespace SecurityCoop.Core.Paths;

/// <summary>
/// The order every store lists routes in, and so the tie-break between routes of equal length: shorter first, then
/// node by node from the start, comparing ids ordinally. "The shortest path" is the first shortest route in this
/// order, "k shortest" the first k loopless routes, and a linked node's path the first shortest route to it.
/// </summary>
public sealed class RouteOrder : IComparer<IReadOnlyList<string>>, IComparer<GraphPath>
{
    public static readonly RouteOrder Instance = new();

    private RouteOrder()
    {
    }

    public int Compare(IReadOnlyList<string>? x, IReadOnlyList<string>? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null || y is null)
            return x is null ? -1 : 1;
        if (x.Count != y.Count)
            return x.Count.CompareTo(y.Count);
        for (var i = 0; i < x.Count; i++)
        {
            var order = string.CompareOrdinal(x[i], y[i]);
            if (order != 0)
                return order;
        }
        return 0;
    }

    public int Compare(GraphPath? x, GraphPath? y) => Compare(x is null ? null : Ids(x), y is null ? null : Ids(y));

    /// <summary>The route's node ids, start first.</summary>
    public static IReadOnlyList<string> Ids(GraphPath path) => [.. path.Nodes.Select(n => n.Id)];
}
