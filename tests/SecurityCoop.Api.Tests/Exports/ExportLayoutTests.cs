using System.Net.Http.Json;
using System.Text.Json;

namespace SecurityCoop.Tests.Exports;

/// <summary>The export's layout over GraphQL and HTTP: the same positions every time, and a clear refusal of what it cannot do.</summary>
public sealed class ExportLayoutTests(ApiServer api)
{
    private static Dictionary<string, (double X, double Y)> Positions(string graphology) =>
        JsonDocument.Parse(graphology).RootElement.GetProperty("nodes").EnumerateArray().ToDictionary(
            n => n.GetProperty("key").GetString()!,
            n => (n.GetProperty("attributes").GetProperty("x").GetDouble(), n.GetProperty("attributes").GetProperty("y").GetDouble()));

    [Fact]
    public async Task Two_laid_out_exports_of_the_same_graph_have_the_same_positions_and_joined_nodes_are_closer()
    {
        const string Query = "{ export(format: GRAPHOLOGY, layout: FORCE) { content } }";

        var first = Positions((await api.DataAsync(Query)).Path("export.content").GetString()!);
        var again = Positions((await api.DataAsync(Query)).Path("export.content").GetString()!);

        Assert.Equal(first, again);
        var content = JsonDocument.Parse((await api.DataAsync(Query)).Path("export.content").GetString()!).RootElement;
        var joined = content.GetProperty("edges").EnumerateArray().Select(e => (e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!))
            .Where(e => e.Item1 != e.Item2).ToList();
        double Distance(string a, string b) => Math.Sqrt(Math.Pow(first[a].X - first[b].X, 2) + Math.Pow(first[a].Y - first[b].Y, 2));
        var ids = first.Keys.Order(StringComparer.Ordinal).ToArray();
        var anyPair = ids.SelectMany((a, i) => ids.Skip(i + 1).Where((_, j) => j % 7 == 0).Select(b => Distance(a, b))).Average();
        Assert.True(joined.Average(e => Distance(e.Item1, e.Item2)) * 2 < anyPair);
    }

    [Fact]
    public async Task Without_a_layout_the_export_has_no_positions()
    {
        var content = (await api.DataAsync("{ export(format: GRAPHOLOGY, center: \"org:sco\") { content } }")).Path("export.content").GetString()!;

        Assert.DoesNotContain("\"x\":", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_layout_is_a_400_naming_the_layouts_there_are()
    {
        using var response = await api.Client.GetAsync(new Uri(api.BaseUrl, "/export/graphology?layout=circle"), TestContext.Current.CancellationToken);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors")[0];

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("INVALID_ARGUMENT", error.Path("extensions.code").GetString());
        Assert.Contains("none or force", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_layout_in_GraphQL_fails_validation_with_a_code()
    {
        var (_, code, message) = await api.ErrorAsync("{ export(format: GEXF, layout: CIRCLE) { content } }");

        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", code);
        Assert.Contains("layout", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_of_more_nodes_than_the_limit_is_refused_over_GraphQL_and_HTTP_with_LIMIT_EXCEEDED()
    {
        await using var app = SecurityCoop.Api.SecurityCoopHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=None",
            "--RateLimits:GraphQLPerMinute=0", "--RateLimits:ExportPerMinute=0", "--QueryLimits:MaxLayoutNodes=10"]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var baseUrl = new Uri(app.Urls.First());

        using var graphql = await api.Client.PostAsync(new Uri(baseUrl, "/graphql"),
            JsonContent.Create(new { query = "{ export(format: GRAPHOLOGY, layout: FORCE) { content } }" }), TestContext.Current.CancellationToken);
        using var download = await api.Client.GetAsync(new Uri(baseUrl, "/export/gexf?layout=force"), TestContext.Current.CancellationToken);

        var error = JsonDocument.Parse(await graphql.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors")[0];
        Assert.Equal("LIMIT_EXCEEDED", error.Path("extensions.code").GetString());
        Assert.Contains("at most 10 nodes", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, (int)download.StatusCode);
        Assert.Contains("LIMIT_EXCEEDED", await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
