using GraphQL.DataLoader;

namespace SecurityCoop.Api.Schema;

/// <summary>
/// Collects the ids that sibling fields ask for and fetches them in one store call. GraphQL.NET resolves every
/// field of a level before it asks a loader result for its value, so by the first <c>GetResultAsync</c> all the
/// ids of that level are pending. Ids are grouped by a batch key that stands for everything else the call needs
/// (relation types, as-of date, ...), so only calls that differ in ids alone are merged. One batcher per request.
/// </summary>
internal sealed class RequestBatcher
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Batch> batches = new(StringComparer.Ordinal);

    public IDataLoaderResult<T> Load<T>(string batchKey, string id, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch)
    {
        lock (gate)
        {
            if (!batches.TryGetValue(batchKey, out var batch))
                batches[batchKey] = batch = new Batch(async (ids, token) => (await fetch(ids, token)).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal));
            batch.Want(id);
            return new Result<T>(batch, id);
        }
    }

    private sealed class Batch(Func<IReadOnlyCollection<string>, CancellationToken, Task<Dictionary<string, object?>>> fetch)
    {
        private readonly Dictionary<string, object?> values = new(StringComparer.Ordinal);
        private readonly HashSet<string> pending = new(StringComparer.Ordinal);
        private Task current = Task.CompletedTask;

        public void Want(string id)
        {
            lock (pending)
            {
                if (!values.ContainsKey(id))
                    pending.Add(id);
            }
        }

        /// <summary>Fetches everything pending in one call (after any fetch already running), then answers from what was fetched.</summary>
        public async Task<object?> GetAsync(string id, CancellationToken cancellationToken)
        {
            Task wait;
            lock (pending)
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
            lock (pending)
                return values.GetValueOrDefault(id);
        }

        private async Task FetchAfterAsync(Task previous, string[] ids, CancellationToken cancellationToken)
        {
            await previous;
            var fetched = await fetch(ids, cancellationToken);
            lock (pending)
            {
                foreach (var key in ids)
                    values[key] = fetched.GetValueOrDefault(key);
            }
        }
    }

    private sealed class Result<T>(Batch batch, string id) : IDataLoaderResult<T>
    {
        public async Task<T> GetResultAsync(CancellationToken cancellationToken = default) => (T)(await batch.GetAsync(id, cancellationToken))!;

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
