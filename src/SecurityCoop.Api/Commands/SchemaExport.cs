using GraphQL;
using GraphQL.Utilities;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Commands;

/// <summary><c>schema</c>: prints the running schema as SDL, the text <c>schema.graphql</c> holds.</summary>
public static class SchemaExport
{
    /// <summary>The schema's SDL with descriptions, as built by the host with its default configuration.</summary>
    public static string Print(IServiceProvider services)
    {
        var schema = services.GetRequiredService<SecurityCoopSchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    public static async Task<int> RunAsync(CommandOptions options, TextWriter console)
    {
        var app = SecurityCoopHost.Build(["--Logging:LogLevel:Default=Warning"]);
        await options.WriteAsync(Print(app.Services), "the GraphQL schema", console);
        return 0;
    }
}
