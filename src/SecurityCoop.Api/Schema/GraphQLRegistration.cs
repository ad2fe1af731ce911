using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation.Complexity;
using GraphQLParser.AST;
using SecurityCoop.Api.Errors;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Schema;

internal static class GraphQLRegistration
{
    /// <summary>Adds the schema, its limits and the error mapping.</summary>
    public static WebApplicationBuilder AddSecurityCoopGraphQL(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        var limits = builder.Configuration.GetSection(nameof(QueryLimits)).Get<QueryLimits>() ?? QueryLimits.Default;
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<Transport.DocumentGuard>();
        builder.Services.AddSingleton<Transport.DocumentCache>();
        builder.Services.AddSingleton<Transport.GraphQLRequestLog>();
        builder.Services.AddSingleton(new Transport.PersistedQueries(options));
        var cost = new CostModel(options, limits);
        builder.Services.AddSingleton<SetQuestions>();
        builder.Services.AddScoped<RequestBatcher>();
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<SecurityCoopSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(SecurityCoopSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
                c.DefaultScalarImpact = 1;
                c.DefaultObjectImpact = 1;
                c.DefaultListImpactMultiplier = options.ListSize;
                c.DefaultComplexityImpactDelegate = cost.Impact;
                c.ValidateComplexityDelegate = RecordCost;
            })
            .ConfigureExecution<Transport.DocumentCache.SkipStaticRules>()
            .AddErrorInfoProvider<SecurityCoopErrorInfoProvider>()
            .AddUnhandledExceptionHandler(ErrorMapping.Map));
        if (!UsesNeo4j(builder.Configuration))
            builder.Services.AddGraphQL(graphql => graphql.AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query));
        return builder;
    }

    /// <summary>
    /// The embedded store answers in process without waiting, so resolving a query's fields in parallel only adds a task
    /// per field: queries run serially (about half the allocations per request). Against Neo4j, where each store call
    /// is a round trip, sibling fields keep running in parallel. Batched fields are batched either way.
    /// </summary>
    private static bool UsesNeo4j(IConfiguration configuration) =>
        string.Equals(configuration["GraphStore:Provider"], "Neo4j", StringComparison.OrdinalIgnoreCase);

    /// <summary>Keeps the estimated cost, so a request that asks (extensions.cost) gets it back.</summary>
    private static Task RecordCost(ComplexityValidationContext context)
    {
        context.ValidationContext.UserContext[CostKey] = context.TotalImpact;
        return Task.CompletedTask;
    }

    /// <summary>The user-context key under which the estimated cost of the request is kept.</summary>
    public const string CostKey = "securitycoop.cost";
}
