namespace SecurityCoop.Tests.Conflicts;

/// <summary>Contradictions in the sources, on the seed dataset, over HTTP.</summary>
public sealed class ConflictQueriesTests(ApiServer api)
{
    [Fact]
    public async Task The_RATS_founding_date_conflict_keeps_both_claims_with_their_sources()
    {
        var data = await api.DataAsync("""
            { conflicts(subject: "mech:rats") { id about claims { value sources { document line quote } relations { id date { text } } } } }
            """);

        var founded = data.GetProperty("conflicts").EnumerateArray().Single(c => c.Path("id").GetString() == "conflict:rats-founded");
        var claims = founded.GetProperty("claims").EnumerateArray().ToDictionary(c => c.Path("value").GetString()!);
        Assert.Equal(["2002", "2004"], claims.Keys.Order());
        Assert.Contains(claims["2002"].GetProperty("sources").EnumerateArray(), s => s.Path("document").GetString() == "000_fd036e14e5f0e6b0.txt" && s.Path("line").GetInt32() == 143);
        Assert.Contains(claims["2004"].GetProperty("sources").EnumerateArray(), s => s.Path("line").GetInt32() == 517);
        Assert.Equal("2004-06", claims["2004"].GetProperty("relations")[0].Path("date.text").GetString());
    }

    [Fact]
    public async Task Every_conflict_is_listed_with_at_least_two_sourced_claims()
    {
        var data = await api.DataAsync("{ conflicts { id subject { id } claims { value sources { line } } } }");

        var conflicts = data.GetProperty("conflicts").EnumerateArray().ToList();
        Assert.Equal(23, conflicts.Count);
        Assert.Contains(conflicts, c => c.Path("id").GetString() == "conflict:admm-plus-first-meeting");
        Assert.All(conflicts, c => Assert.True(c.GetProperty("claims").GetArrayLength() >= 2));
        Assert.All(conflicts.SelectMany(c => c.GetProperty("claims").EnumerateArray()), claim => Assert.NotEmpty(claim.GetProperty("sources").EnumerateArray()));
    }
}
