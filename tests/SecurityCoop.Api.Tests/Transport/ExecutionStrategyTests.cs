using GraphQL.Execution;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using SecurityCoop.Api;

namespace SecurityCoop.Tests.Transport;

/// <summary>
/// Queries run serially on the embedded store, which answers without waiting (a task per field would only cost), and
/// in parallel on Neo4j, where sibling fields' round trips overlap.
/// </summary>
public sealed class ExecutionStrategyTests
{
    [Fact]
    public async Task Queries_run_serially_on_the_embedded_store()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None"]);

        Assert.IsType<SerialExecutionStrategy>(QueryStrategy(app.Services));
    }

    [Fact]
    public async Task Queries_keep_the_parallel_strategy_on_Neo4j()
    {
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--GraphStore:Provider=Neo4j", "--Neo4j:Uri=http://127.0.0.1:9",
            "--Neo4j:Retries=0", "--Neo4j:Timeout=00:00:03", "--Logging:LogLevel:Default=None"]);

        Assert.Null(QueryStrategy(app.Services));
    }

    /// <summary>The strategy registered for queries; null when GraphQL.NET's default (parallel) applies.</summary>
    private static IExecutionStrategy? QueryStrategy(IServiceProvider services) =>
        services.GetServices<ExecutionStrategyRegistration>().LastOrDefault(r => r.Operation == OperationType.Query)?.Strategy;
}
