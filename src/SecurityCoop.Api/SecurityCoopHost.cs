using SecurityCoop.Api.Analysts;
using SecurityCoop.Api.Explorer;
using SecurityCoop.Api.Exports;
using SecurityCoop.Api.GraphiQL;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Store;
using SecurityCoop.Api.Telemetry;
using SecurityCoop.Api.Transport;

namespace SecurityCoop.Api;

/// <summary>
/// Builds the web host: the graph store (loaded and checked before anything listens), health endpoints, the GraphQL
/// schema, GraphiQL, the GraphQL endpoint and analyst Cypher.
/// </summary>
public static class SecurityCoopHost
{
    /// <param name="configure">Last changes to the services, for hosts that wrap or replace a piece (tests).</param>
    /// <exception cref="Core.Dataset.DatasetException">The embedded store's dataset is missing or does not validate.</exception>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // A host that fails to start says why through the program (Program.cs), in one line; the host's own log of it is a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.AddGraphStore();
        builder.AddSecurityCoopTelemetry();
        builder.AddGraphStoreHealth();
        builder.AddWebSecurity();
        builder.AddSecurityCoopGraphQL();
        builder.Services.AddSingleton<DatasetRelease>();
        builder.Services.AddScoped<ExportBuilder>();
        builder.Services.Configure<AnalystCypherOptions>(builder.Configuration.GetSection(AnalystCypherOptions.Section));
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        app.LoadStoreAtStart();
        app.UseWebSecurity();
        app.MapGraphStoreHealth();
        app.MapGraphiQL();
        app.MapGraphQLEndpoint();
        app.MapAnalystCypher();
        app.MapExports();
        app.MapExplorer();
        return app;
    }
}
