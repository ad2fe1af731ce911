using System.Diagnostics;
using System.Text.Json;

namespace SecurityCoop.Tests.Schema;

/// <summary>
/// graphql-js, the library code generators and GraphiQL build on, asks for the October 2021 introspection with every
/// option on (specifiedByURL, isRepeatable, the schema description, deprecated arguments and input fields) and builds a
/// client schema from the answer: the server must answer it, and PartialDate must say which format it follows.
/// </summary>
public sealed class IntrospectionClientTests(ApiServer api)
{
    [Fact]
    public async Task A_graphql_js_client_reads_the_full_introspection()
    {
        ExternalTools.RequireNodePackage(Path.Combine(RepositoryPaths.Root, "tests", "audit"), "graphql", "The graphql-js introspection client");
        var start = new ProcessStartInfo("node", [Path.Combine(RepositoryPaths.Root, "tests", "audit", "introspection.mjs"), api.GraphQLUrl.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(node.ExitCode == 0, $"{output}{errors}");
        var schema = JsonDocument.Parse(output).RootElement;
        Assert.StartsWith("SecurityCoop", schema.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://www.w3.org/TR/NOTE-datetime", schema.GetProperty("partialDateSpecifiedBy").GetString());
        Assert.Contains(schema.GetProperty("directives").EnumerateArray(), d => d.GetProperty("name").GetString() == "deprecated" && !d.GetProperty("isRepeatable").GetBoolean());
        Assert.True(schema.GetProperty("types").GetInt32() > 50);
    }
}
