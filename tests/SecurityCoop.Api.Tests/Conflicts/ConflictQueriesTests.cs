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
        Assert.Equal(RepositoryPaths.DataRecords("conflicts.jsonl"), conflicts.Count);
        Assert.Contains(conflicts, c => c.Path("id").GetString() == "conflict:admm-plus-first-meeting");
        Assert.All(conflicts, c => Assert.True(c.GetProperty("claims").GetArrayLength() >= 2));
        Assert.All(conflicts.SelectMany(c => c.GetProperty("claims").EnumerateArray()), claim => Assert.NotEmpty(claim.GetProperty("sources").EnumerateArray()));
    }

    [Theory]
    // Thesis line 529: India, Iran and Pakistan were granted observer status in 2005; line 539 adds Mongolia.
    [InlineData("conflict:sco-observers-2005", new[] { "state:india", "state:iran", "state:pakistan" }, new[] { "state:mongolia" })]
    // Thesis line 949 names the US, Japan, China and India; line 2409 Australia, India, Japan and the US.
    [InlineData("conflict:quad-membership", new[] { "state:india", "state:japan", "state:united-states" }, new[] { "state:australia", "state:china" })]
    // Thesis lines 493-495 name five founders without Tajikistan; chapter lines 82 and 88 give six.
    [InlineData("conflict:sco-founding-members", new[] { "state:china", "state:kazakhstan", "state:kyrgyzstan", "state:russia", "state:uzbekistan" }, new[] { "state:tajikistan" })]
    public async Task A_conflict_over_who_belongs_says_what_every_claim_shares_and_what_is_disputed(string id, string[] shared, string[] disputed)
    {
        var data = await api.DataAsync("{ conflicts { id kind shared { id } disputed { id } claims { kind nodes { id } } } }");

        var conflict = data.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
        Assert.Equal("NODES", conflict.GetProperty("kind").GetString());
        Assert.Equal(shared, conflict.GetProperty("shared").Strings("id"));
        Assert.Equal(disputed, conflict.GetProperty("disputed").Strings("id"));
        Assert.All(conflict.GetProperty("claims").EnumerateArray(), c => Assert.True(c.GetProperty("nodes").GetArrayLength() >= 3));
    }

    [Fact]
    public async Task A_conflict_over_a_date_gives_each_claim_as_a_date()
    {
        // Chapter line 143: RATS established in 2002; thesis line 517: in 2004.
        var data = await api.DataAsync("""{ conflicts(subject: "mech:rats") { id kind claims { kind date { text precision } } } }""");

        var founded = data.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "conflict:rats-founded");
        Assert.Equal("DATE", founded.GetProperty("kind").GetString());
        Assert.Equal(["2002", "2004"], founded.GetProperty("claims").EnumerateArray().Select(c => c.Path("date.text").GetString()).Order());
    }
}
