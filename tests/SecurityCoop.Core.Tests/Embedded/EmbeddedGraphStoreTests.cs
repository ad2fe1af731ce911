using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Store;
using SecurityCoop.Tests.Store;

namespace SecurityCoop.Tests.Embedded;

/// <summary>The store contract, run against the in-process store.</summary>
public sealed class EmbeddedGraphStoreTests : GraphStoreContract
{
    protected override Task<IGraphStore> StoreWithAsync(GraphData data) => Task.FromResult<IGraphStore>(new EmbeddedGraphStore(data));
}
