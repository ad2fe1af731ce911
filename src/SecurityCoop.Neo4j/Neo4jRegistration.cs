using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Analysts;
using SecurityCoop.Neo4j.QueryApi;
using SecurityCoop.Neo4j.Seeding;

namespace SecurityCoop.Neo4j;

/// <summary>Registers the Neo4j store, its Query API client (from <c>IHttpClientFactory</c>, with <see cref="QueryApiResilience"/>) and the seeder.</summary>
public static class Neo4jRegistration
{
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<Neo4jOptions>(configuration.GetSection(Neo4jOptions.Section));
        services.AddSingleton<Neo4jBookmarks>();
        var settings = configuration.GetSection(Neo4jOptions.Section).Get<Neo4jOptions>() ?? new Neo4jOptions();
        services.AddHttpClient<QueryApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(options => QueryApiResilience.Configure(options, settings));
        services.AddSingleton<IGraphStore>(sp => new Neo4jGraphStore(sp.GetRequiredService<QueryApiClient>()));
        services.AddTransient<Neo4jSeeder>();
        services.AddTransient<AnalystQueryRunner>();
        return services;
    }
}
