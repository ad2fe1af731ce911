using System.Diagnostics;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Api.Telemetry;

/// <summary>
/// The configured store with one activity (<c>store GetMaterial</c>, ...) and one duration measurement per call, tagged
/// with the store's kind and the outcome; the store's own error code is recorded on failure.
/// </summary>
internal sealed class TracedGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly string kind = inner.GetType().Name;

    /// <summary>Wraps the registered store in one that traces it.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore))
            ?? throw new InvalidOperationException("Register the graph store before the telemetry.");
        services.Remove(registered);
        services.Add(ServiceDescriptor.Describe(typeof(IGraphStore), provider => new TracedGraphStore(Create(provider, registered)), registered.Lifetime));
    }

    private static IGraphStore Create(IServiceProvider provider, ServiceDescriptor registered) =>
        (IGraphStore)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!));

    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        TraceAsync("GetNodes", () => inner.GetNodesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        TraceAsync("GetRelationsById", () => inner.GetRelationsByIdAsync(ids, cancellationToken));

    public Task<NodePage> ListNodesAsync(NodeListQuery query, CancellationToken cancellationToken) =>
        TraceAsync("ListNodes", () => inner.ListNodesAsync(query, cancellationToken));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Search", () => inner.SearchAsync(query, cancellationToken));

    public Task<GraphMaterial> GetMaterialAsync(MaterialQuery query, CancellationToken cancellationToken) =>
        TraceAsync("GetMaterial", () => inner.GetMaterialAsync(query, cancellationToken));

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        TraceAsync("FindPaths", () => inner.FindPathsAsync(query, cancellationToken));

    public Task<IReadOnlyList<LinkedNode>> LinkedAsync(LinkageQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Linked", () => inner.LinkedAsync(query, cancellationToken));

    public Task<IReadOnlyList<SharedLinkage>> SharedLinksAsync(SharedLinkageQuery query, CancellationToken cancellationToken) =>
        TraceAsync("SharedLinks", () => inner.SharedLinksAsync(query, cancellationToken));

    public Task<IReadOnlyList<TimelineEntry>> TimelineAsync(TimelineQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Timeline", () => inner.TimelineAsync(query, cancellationToken));

    public Task<IReadOnlyList<Conflict>> ConflictsAsync(string? subjectId, CancellationToken cancellationToken) =>
        TraceAsync("Conflicts", () => inner.ConflictsAsync(subjectId, cancellationToken));

    public Task<Core.Exports.Subgraph> SubgraphAsync(Core.Exports.SubgraphQuery query, CancellationToken cancellationToken) =>
        TraceAsync("Subgraph", () => inner.SubgraphAsync(query, cancellationToken));

    public Task<IReadOnlyList<SourceDocument>> GetDocumentsAsync(IReadOnlyCollection<string>? ids, CancellationToken cancellationToken) =>
        TraceAsync("GetDocuments", () => inner.GetDocumentsAsync(ids, cancellationToken));

    public Task<GraphStatistics> StatisticsAsync(CancellationToken cancellationToken) =>
        TraceAsync("Statistics", () => inner.StatisticsAsync(cancellationToken));

    private async Task<T> TraceAsync<T>(string operation, Func<Task<T>> call)
    {
        using var activity = Telemetry.Store.StartActivity($"store {operation}", ActivityKind.Internal);
        activity?.SetTag("securitycoop.store", kind);
        activity?.SetTag("securitycoop.store.operation", operation);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call();
        }
        catch (StoreException e)
        {
            outcome = e.Code;
            activity?.SetStatus(ActivityStatusCode.Error, e.Code);
            throw;
        }
        catch (Exception e) when (e is OperationCanceledException)
        {
            outcome = "cancelled";
            throw;
        }
        finally
        {
            Telemetry.StoreDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
