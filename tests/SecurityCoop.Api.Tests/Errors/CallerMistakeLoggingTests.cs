using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityCoop.Api;

namespace SecurityCoop.Tests.Errors;

/// <summary>A caller's mistake is answered, not logged as a fault: no error-level entry and no stack trace in the log.</summary>
public sealed class CallerMistakeLoggingTests
{
    [Fact]
    public async Task Mutations_deep_documents_bad_bytes_and_bad_arguments_leave_no_fault_in_the_log()
    {
        var capture = new LogCapture();
        await using var app = SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0"], services => services.AddSingleton<ILoggerProvider>(capture));
        await app.StartAsync(TestContext.Current.CancellationToken);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        string[] bodies =
        [
            """{"query": "mutation { dataset { nodeCount } }"}""",
            """{"query": "subscription { dataset { nodeCount } }"}""",
            "{\"query\": \"{ node(id: \\\"mech:rats\\\") { " + string.Concat(Enumerable.Repeat("relations { from { ", 9)) + "id" + new string('}', 18) + " } }\"}",
            """{"query": "{ __typename \ud800 }"}""",
            """{"query": "{ overlap(bodies: [\"org:sco\"], asOf: \"2016-13\") { count } }"}""",
            """{"query": "{ shortestPath(from: \"state:india\", to: \"mech:nowhere\") { length } }"}""",
            """{"query": "{ network(scope: EGO) { nodes { id } } }"}""",
            "{not json",
        ];

        foreach (var body in bodies)
        {
            using var response = await client.PostAsync("/graphql", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
            Assert.True((int)response.StatusCode < 500, body);
        }

        Assert.DoesNotContain(capture.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);
    }
}
