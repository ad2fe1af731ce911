using GraphQL.DataLoader;

namespace SecurityCoop.Api.Schema;

/// <summary>Combinators for batched results, so a field that needs two batched reads still costs one call per level.</summary>
internal static class DataLoaderResults
{
    /// <summary>After <paramref name="first"/>, continues with another batched read; GraphQL.NET waits for it in the next round.</summary>
    public static IDataLoaderResult Then<T>(this IDataLoaderResult<T> first, Func<T, IDataLoaderResult> next) => new Chained<T>(first, next);

    /// <summary>All of <paramref name="results"/>, in order, once they are fetched.</summary>
    public static IDataLoaderResult<IReadOnlyList<T>> All<T>(this IReadOnlyList<IDataLoaderResult<T>> results) => new Many<T>(results);

    /// <summary>A result that maps another one's value.</summary>
    public static IDataLoaderResult<TOut> Select<T, TOut>(this IDataLoaderResult<T> result, Func<T, TOut> map) => new Mapped<T, TOut>(result, map);

    private sealed class Chained<T>(IDataLoaderResult<T> first, Func<T, IDataLoaderResult> next) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => next(await first.GetResultAsync(cancellationToken));
    }

    private sealed class Many<T>(IReadOnlyList<IDataLoaderResult<T>> results) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = new List<T>(results.Count);
            foreach (var result in results)
                values.Add(await result.GetResultAsync(cancellationToken));
            return values;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Mapped<T, TOut>(IDataLoaderResult<T> result, Func<T, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await result.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
