using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Store;

/// <summary>
/// Liveness (<c>/health/live</c>: the process answers) and readiness (<c>/health/ready</c>: the store answers a
/// read, a reachable Neo4j included), on ASP.NET Core health checks. The embedded store is loaded, and its dataset
/// validated, before the service listens: a bad dataset stops the start (<see cref="LoadStoreAtStart"/>).
/// </summary>
internal static class GraphStoreHealth
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    public static WebApplicationBuilder AddGraphStoreHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<StoreReadCheck>("store", tags: ["ready"], timeout: TimeSpan.FromSeconds(10));
        return builder;
    }

    public static WebApplication MapGraphStoreHealth(this WebApplication app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    /// <summary>
    /// Builds the store now, so an embedded store's dataset is read and validated before the first request. Reading a
    /// large dataset leaves far more garbage than graph, so one compacting collection then gives the memory back.
    /// </summary>
    /// <exception cref="DatasetException">The dataset is missing or does not validate.</exception>
    public static void LoadStoreAtStart(this WebApplication app)
    {
        app.Services.GetRequiredService<IGraphStore>();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private sealed class StoreReadCheck(IGraphStore store, ILogger<StoreReadCheck> logger) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await store.GetDocumentsAsync([], cancellationToken);
                return HealthCheckResult.Healthy("The graph store answers.");
            }
            catch (Exception e) when (e is StoreException or HttpRequestException or TimeoutException or OperationCanceledException)
            {
                logger.LogWarning("The graph store does not answer: {Reason}", e.Message);
                return HealthCheckResult.Unhealthy("The graph store does not answer.");
            }
        }
    }
}
