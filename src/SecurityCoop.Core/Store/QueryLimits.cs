namespace SecurityCoop.Core.Store;

/// <summary>Upper bounds on what one question may ask for, so no request can make a store walk the whole graph.</summary>
public sealed record QueryLimits
{
    public int MaxPageSize { get; init; } = 100;

    public int MaxPathHops { get; init; } = 8;

    public int MaxPaths { get; init; } = 25;

    public int MaxLinkageHops { get; init; } = 4;

    public int MaxResults { get; init; } = 500;

    public int MaxBodies { get; init; } = 50;

    /// <summary>The most nodes an export may ask to be laid out (<c>layout: FORCE</c>); the layout's cost grows faster than the graph.</summary>
    public int MaxLayoutNodes { get; init; } = 2000;

    public static QueryLimits Default { get; } = new();

    public static void Check(string what, int value, int max, int min = 1)
    {
        if (value < min)
            throw StoreException.Invalid($"{what} must be at least {min}; it was {value}.");
        if (value > max)
            throw StoreException.Limit(what, value, max);
    }
}
