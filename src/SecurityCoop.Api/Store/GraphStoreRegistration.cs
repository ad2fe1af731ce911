using Microsoft.Extensions.Options;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j;

namespace SecurityCoop.Api.Store;

internal static class GraphStoreRegistration
{
    /// <summary>Registers the configured graph store; with no configuration, the embedded store on the seed dataset.</summary>
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphStoreOptions>(builder.Configuration.GetSection(GraphStoreOptions.Section));
        var provider = builder.Configuration.GetSection(GraphStoreOptions.Section).Get<GraphStoreOptions>()?.Provider ?? "Embedded";
        if (string.Equals(provider, "Neo4j", StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddNeo4jGraphStore(builder.Configuration);
            return builder;
        }
        if (!string.Equals(provider, "Embedded", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"GraphStore:Provider '{provider}' is not known; use 'Embedded' (the default) or 'Neo4j'.");
        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("SecurityCoop.Store");
            return EmbeddedGraphStore.Open(options.ResolveDataPath(), options.ResolveSnapshotPath(), Report);

            void Report(string how)
            {
                if (logger.IsEnabled(LogLevel.Information))
                    logger.LogInformation("{How}", how);
            }
        });
        return builder;
    }
}
