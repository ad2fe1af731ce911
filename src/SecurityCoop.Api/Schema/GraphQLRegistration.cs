using GraphQL;
using SecurityCoop.Api.Errors;
using SecurityCoop.Store;

namespace SecurityCoop.Api.Schema;

internal static class GraphQLRegistration
{
    /// <summary>Adds the schema, its limits and the error mapping.</summary>
    public static WebApplicationBuilder AddSecurityCoopGraphQL(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(GraphQLOptions.Section).Get<GraphQLOptions>() ?? new GraphQLOptions();
        var limits = builder.Configuration.GetSection(nameof(QueryLimits)).Get<QueryLimits>() ?? QueryLimits.Default;
        builder.Services.AddSingleton(limits);
        builder.Services.AddGraphQL(graphql => graphql
            .AddSchema<SecurityCoopSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(SecurityCoopSchema).Assembly)
            .AddComplexityAnalyzer(c =>
            {
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
            })
            .AddErrorInfoProvider(e => e.ExposeExceptionDetails = false)
            .AddUnhandledExceptionHandler(ErrorMapping.Map));
        return builder;
    }
}
