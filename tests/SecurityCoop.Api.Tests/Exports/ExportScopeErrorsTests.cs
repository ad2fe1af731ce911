namespace SecurityCoop.Tests.Exports;

/// <summary>An export scope that cannot be what the caller meant is refused with INVALID_ARGUMENT, never answered with an empty file or the whole graph.</summary>
public sealed class ExportScopeErrorsTests(ApiServer api)
{
    [Theory]
    [InlineData("nodeTypes=999", "'999' in 'nodeTypes' is not known")]
    [InlineData("nodeTypes=-1", "'-1' in 'nodeTypes' is not known")]
    [InlineData("scope=ego", "needs 'center'")]
    [InlineData("scope=overlap", "needs 'bodies'")]
    [InlineData("scope=whole&center=org:sco", "takes no 'center'")]
    [InlineData("scope=ego&center=org:sco&depth=0", "'depth' must be 1 or more")]
    public async Task A_download_with_a_bad_scope_is_a_400_that_says_what_is_wrong(string query, string hint)
    {
        using var response = await api.Client.GetAsync(new Uri(api.BaseUrl, $"/export/node-link?{query}"), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("INVALID_ARGUMENT", text, StringComparison.Ordinal);
        Assert.Contains(hint, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_GraphQL_ego_network_without_a_centre_is_refused()
    {
        var (_, code, message) = await api.ErrorAsync("{ network(scope: EGO) { nodes { id } } }");

        Assert.Equal("INVALID_ARGUMENT", code);
        Assert.Contains("center", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Node_types_are_read_by_name_in_any_case()
    {
        using var response = await api.Client.GetAsync(new Uri(api.BaseUrl, "/export/node-link?nodeTypes=state,Organisation"), TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
    }
}
