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
}
