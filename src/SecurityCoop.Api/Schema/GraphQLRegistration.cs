using GraphQL;
using GraphQL.Validation.Complexity;
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
                c.DefaultListImpactMultiplier = options.ListSize;
                var standard = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = field => IsIntrospection(field) ? new FieldComplexityResult(0, 0) : standard(field);
            })
            .AddErrorInfoProvider<SecurityCoopErrorInfoProvider>()
            .AddUnhandledExceptionHandler(ErrorMapping.Map));
        return builder;
    }

    /// <summary>Introspection (what GraphiQL and code generators ask for) reads the schema, not the graph, so it costs nothing.</summary>
    private static bool IsIntrospection(FieldImpactContext field) =>
        field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal);
}
