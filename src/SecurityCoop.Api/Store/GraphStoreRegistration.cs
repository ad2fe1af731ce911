using Microsoft.Extensions.Options;
using SecurityCoop.Dataset;
using SecurityCoop.Embedded;
using SecurityCoop.Store;

namespace SecurityCoop.Api.Store;

internal static class GraphStoreRegistration
{
    /// <summary>Registers the configured graph store; with no configuration, the embedded store on the seed dataset.</summary>
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<GraphStoreOptions>(builder.Configuration.GetSection(GraphStoreOptions.Section));
        builder.Services.AddSingleton<IGraphStore>(services =>
        {
            var options = services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
            if (!string.Equals(options.Provider, "Embedded", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"GraphStore:Provider '{options.Provider}' is not available; use 'Embedded'.");
            return new EmbeddedGraphStore(DatasetLoader.Load(options.ResolveDataPath()));
        });
        return builder;
    }
}
