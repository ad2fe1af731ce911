namespace SecurityCoop.Tests.Transport;

/// <summary>
/// A repeated document is served from the cache of validated documents: the same answers, while what depends on the
/// variables (their types, the cost they imply) is still checked on every request.
/// </summary>
public sealed class DocumentCacheTests(ApiServer api)
{
    private const string Paths = "query Paths($k: Int!, $hops: Int) { kShortestPaths(from: \"state:india\", to: \"mech:rats\", k: $k, maxHops: $hops) { length nodes { id } } }";

    [Fact]
    public async Task A_cached_document_gives_the_same_answer_for_each_set_of_variables()
    {
        var first = await api.DataAsync(Paths, new { k = 2 });
        var again = await api.DataAsync(Paths, new { k = 2 });
        var more = await api.DataAsync(Paths, new { k = 4 });

        Assert.Equal(first.GetRawText(), again.GetRawText());
        Assert.Equal(2, first.GetProperty("kShortestPaths").GetArrayLength());
        Assert.True(more.GetProperty("kShortestPaths").GetArrayLength() > 2);
    }

    [Fact]
    public async Task Variables_of_a_cached_document_are_still_coerced_and_costed_on_every_request()
    {
        var document = Paths.Replace("query Paths", "query CostlyPaths", StringComparison.Ordinal);
        Assert.Equal(2, (await api.DataAsync(document, new { k = 2, hops = 6 })).GetProperty("kShortestPaths").GetArrayLength());

        var wrongType = await api.ErrorAsync(document, new { k = "many" });
        var missing = await api.ErrorAsync(document, new { hops = 3 });
        var aliased = "query Costly($k: Int!) { " + string.Concat(Enumerable.Range(0, 8).Select(i => $"p{i}: kShortestPaths(from: \"state:india\", to: \"mech:rats\", k: $k, maxHops: 8) {{ length }} ")) + "}";
        Assert.Equal(8, (await api.DataAsync(aliased, new { k = 1 })).EnumerateObject().Count());
        var costly = await api.ErrorAsync(aliased, new { k = 25 });

        Assert.Equal((400, "INVALID_VALUE"), (wrongType.Status, wrongType.Code));
        Assert.Equal((400, "INVALID_VALUE"), (missing.Status, missing.Code));
        Assert.Equal((400, "COMPLEXITY"), (costly.Status, costly.Code));
    }

    [Fact]
    public async Task A_cached_document_without_variables_reports_the_cost_it_was_given_and_a_costly_one_is_never_cached()
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query = "{ cachedCost: kShortestPaths(from: \"state:china\", to: \"org:sco\", k: 3) { length } }", extensions = new { cost = true } });
        var costly = "{ " + string.Concat(Enumerable.Range(0, 8).Select(i => $"c{i}: kShortestPaths(from: \"state:china\", to: \"mech:rats\", k: 25, maxHops: 8) {{ length }} ")) + "}";

        var first = await api.PostContentAsync(new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var again = await api.PostContentAsync(new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var refused = await api.ErrorAsync(costly);
        var refusedAgain = await api.ErrorAsync(costly);

        var cost = (GraphQLResponse r) => r.Json.GetProperty("extensions").GetProperty("cost").GetProperty("estimated").GetRawText();
        Assert.Equal(cost(first), cost(again));
        Assert.True(double.Parse(cost(first), System.Globalization.CultureInfo.InvariantCulture) > 1);
        Assert.Equal(first.Json.GetProperty("data").GetRawText(), again.Json.GetProperty("data").GetRawText());
        Assert.Equal(("COMPLEXITY", "COMPLEXITY"), (refused.Code, refusedAgain.Code));
    }
}
