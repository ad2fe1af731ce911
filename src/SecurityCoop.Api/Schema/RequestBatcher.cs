using GraphQL.DataLoader;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Schema;

/// <summary>
/// Batches the store reads of one request, in the shape of GraphQL.NET's data loaders: a field asks for an id and gets
/// an <see cref="IDataLoaderResult{T}"/>; GraphQL.NET resolves the results of a level after every field of the level
/// has asked, so the first one to be awaited fetches all the ids of the level in one store call. Loads are grouped by
/// a batch key: a record (compared by value) that stands for everything else the call needs (relation types,
/// direction, ...) and is handed to the fetch, so only calls that differ in ids alone are merged, and a fetch needs no
/// closure over the call that made the batch. One batcher per request.
/// </summary>
internal sealed class RequestBatcher(IGraphStore store)
{
    private readonly Lock gate = new();
    private readonly Dictionary<object, object> batches = [];

    /// <summary>The value for <paramref name="id"/>, fetched with every other id asked under the same key.</summary>
    /// <param name="fetch">Reads the values of many ids in one store call; an id it leaves out has the default value.</param>
    public IDataLoaderResult<T> Load<TKey, T>(TKey key, string id, Func<IGraphStore, TKey, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch)
        where TKey : notnull, IEquatable<TKey>
    {
        Batch<TKey, T> batch;
        lock (gate)
        {
            if (batches.TryGetValue(key, out var found))
                batch = (Batch<TKey, T>)found;
            else
                batches[key] = batch = new Batch<TKey, T>(store, key, fetch);
        }
        batch.Want(id);
        return new Result<TKey, T>(batch, id);
    }

    private sealed class Batch<TKey, T>(IGraphStore store, TKey key, Func<IGraphStore, TKey, IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch)
    {
        private readonly Lock gate = new();
        private readonly Dictionary<string, T?> values = new(StringComparer.Ordinal);
        private readonly HashSet<string> pending = new(StringComparer.Ordinal);
        private Task current = Task.CompletedTask;

        public void Want(string id)
        {
            lock (gate)
            {
                if (!values.ContainsKey(id))
                    pending.Add(id);
            }
        }

        /// <summary>Fetches everything pending in one call (after any fetch already running), then answers from what was fetched.</summary>
        public async Task<T> GetAsync(string id, CancellationToken cancellationToken)
        {
            Task wait;
            lock (gate)
            {
                if (pending.Count > 0)
                {
                    string[] ids = [.. pending];
                    pending.Clear();
                    current = FetchAfterAsync(current, ids, cancellationToken);
                }
                wait = current;
            }
            await wait;
            lock (gate)
                return values.GetValueOrDefault(id)!;
        }

        private async Task FetchAfterAsync(Task previous, string[] ids, CancellationToken cancellationToken)
        {
            await previous;
            var fetched = await fetch(store, key, ids, cancellationToken);
            lock (gate)
            {
                foreach (var id in ids)
                    values[id] = fetched.GetValueOrDefault(id);
            }
        }
    }

    private sealed class Result<TKey, T>(Batch<TKey, T> batch, string id) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => batch.GetAsync(id, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
