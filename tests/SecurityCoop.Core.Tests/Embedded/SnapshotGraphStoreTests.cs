using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Store;
using SecurityCoop.Tests.Store;

namespace SecurityCoop.Tests.Embedded;

/// <summary>The store contract, run against the in-process store after its graph was written as a snapshot and read back.</summary>
public sealed class SnapshotGraphStoreTests : GraphStoreContract
{
    protected override Task<IGraphStore> StoreWithAsync(GraphData data)
    {
        using var stream = new MemoryStream();
        new EmbeddedGraphStore(data).WriteGraph(stream);
        stream.Position = 0;
        var store = EmbeddedGraphStore.ReadGraph(stream);
        Assert.Equal(stream.Length, stream.Position);
        return Task.FromResult<IGraphStore>(store);
    }
}
