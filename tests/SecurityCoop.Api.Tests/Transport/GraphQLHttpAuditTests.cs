using System.Diagnostics;
using System.Text.Json;

namespace SecurityCoop.Tests.Transport;

/// <summary>
/// The graphql-http package's server audit suite (the reference checks of the GraphQL over HTTP
/// specification), run by Node.js against the real host. Every MUST audit has to pass.
/// </summary>
public sealed class GraphQLHttpAuditTests(ApiServer api)
{
    [Fact]
    public async Task Every_MUST_audit_of_the_graphql_http_suite_passes()
    {
        var script = Path.Combine(RepositoryPaths.Root, "tests", "audit", "audit.mjs");
        ExternalTools.RequireNodePackage(Path.Combine(RepositoryPaths.Root, "tests", "audit"), "graphql-http", "The graphql-http audit");
        var start = new ProcessStartInfo("node", [script, api.GraphQLUrl.ToString()]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var output = await node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);

        var results = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(r => (Name: r.GetProperty("name").GetString()!, Status: r.GetProperty("status").GetString()!, Reason: r.GetProperty("reason").ToString()))
            .ToList();
        var mustFailures = results.Where(r => r.Name.StartsWith("MUST", StringComparison.Ordinal) && r.Status != "ok").Select(r => $"{r.Name}: {r.Reason}");

        Assert.True(results.Count(r => r.Name.StartsWith("MUST", StringComparison.Ordinal)) >= 10, "the audit suite ran too few MUST audits");
        Assert.Empty(mustFailures);
        foreach (var warning in results.Where(r => r.Status != "ok"))
            TestContext.Current.SendDiagnosticMessage($"audit {warning.Status}: {warning.Name}");
    }
}
