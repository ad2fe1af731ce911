using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Tests.Store;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, written once. Each store implementation derives a class that
/// says how to load a graph into it; each test builds the tiny graph it needs, asks one question, and checks the answer.
/// The questions are split by family into partial files.
/// </summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A store holding exactly <paramref name="data"/>.</summary>
    protected abstract Task<IGraphStore> StoreWithAsync(GraphData data);

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private protected Task<IGraphStore> StoreWithAsync(TinyGraph graph) => StoreWithAsync(graph.Build());
}
