using Microsoft.Extensions.Options;
using SecurityCoop.Api.Exports;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Store;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api;

/// <summary>What a user sees once the service listens: where the API, GraphiQL and the explorer are, and what it serves.</summary>
internal static class StartupBanner
{
    public static async Task WriteAsync(WebApplication app, TextWriter output)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        var statistics = await store.StatisticsAsync(CancellationToken.None);
        var options = app.Services.GetRequiredService<IOptions<GraphStoreOptions>>().Value;
        var graphiQL = app.Services.GetRequiredService<GraphQLOptions>().GraphiQL;
        var serves = string.Equals(options.Provider, "Neo4j", StringComparison.OrdinalIgnoreCase)
            ? $"Neo4j at {app.Configuration["Neo4j:Uri"]}"
            : $"the embedded store on {Path.GetFullPath(options.ResolveDataPath())} (release {app.Services.GetRequiredService<DatasetRelease>().Name})";
        await output.WriteLineAsync(
            $"SecurityCoop serves {serves}: {statistics.NodesByType.Values.Sum():N0} nodes, {statistics.RelationsByType.Values.Sum():N0} relations, {statistics.Conflicts:N0} conflicts.");
        foreach (var url in app.Urls)
        {
            var root = url.TrimEnd('/');
            await output.WriteLineAsync($"  GraphQL API   {root}/graphql (POST, or GET with ?query=)");
            if (graphiQL)
                await output.WriteLineAsync($"  GraphiQL      {root}/graphql (open it in a browser)");
            await output.WriteLineAsync($"  Explorer      {root}/");
            await output.WriteLineAsync($"  Readiness     {root}/health/ready");
        }
        await output.WriteLineAsync("Stop with Ctrl+C.");
    }
}
