using SecurityCoop.Core.Exports;
using static SecurityCoop.Tests.Exports.ExportSamples;

namespace SecurityCoop.Tests.Exports;

public sealed class DyadYearCsvWriterTests
{
    /// <summary>
    /// Alpha is in X 2000 until 2003 and in Y from 2002; Beta is in X from 2001 and acceding to Y; Gamma is an
    /// undated member of X and a proposed member of Y; Alpha and Beta both join Z in 2001.
    /// </summary>
    private static NetworkDocument Memberships { get; } = new(
        Metadata,
        [
            new("state:alpha", "State", "Alpha", Props()),
            new("state:beta", "State", "Beta", Props()),
            new("state:gamma", "State", "Gamma", Props()),
            new("org:x", "Organisation", "X", Props()),
            new("org:y", "Organisation", "Y", Props()),
            new("org:z", "Organisation", "Z", Props()),
        ],
        [
            Member("state:alpha", "org:x", "2000", "2003"),
            Member("state:alpha", "org:y", "2002", null),
            Member("state:beta", "org:x", "2001", null),
            Member("state:beta", "org:y", "2001", null, ("role", "acceding")),
            Member("state:gamma", "org:x", null, null),
            Member("state:gamma", "org:y", "2001", null, ("status", "proposed")),
            Member("state:alpha", "org:z", "2001-05", "2002"),
            Member("state:beta", "org:z", "2001", "2002"),
            new("rel:obs", "OBSERVER_OF", "state:gamma", "org:z", Props(), Date("2000"), null, []),
        ]);

    private static NetworkEdge Member(string state, string body, string? since, string? until, params (string, string)[] props) =>
        new($"rel:{state}:{body}", "MEMBER_OF", state, body, Props(props), since is null ? null : Date(since), until is null ? null : Date(until), []);

    private static async Task<List<Dictionary<string, string>>> ExportAsync(DyadYearCsvWriter writer) =>
        CsvTable.Rows(await WriteTextAsync(writer, Memberships));

    private static string Row(Dictionary<string, string> row) => string.Join(",", row["stateA"], row["stateB"], row["year"], row["shared"], row["bodies"]);

    [Fact]
    public async Task Counts_the_bodies_each_pair_of_states_belongs_to_each_year()
    {
        var rows = await ExportAsync(new DyadYearCsvWriter());

        Assert.Equal(
            [
                "state:alpha,state:beta,2000,0,", "state:alpha,state:gamma,2000,0,", "state:beta,state:gamma,2000,0,",
                "state:alpha,state:beta,2001,2,org:x;org:z", "state:alpha,state:gamma,2001,0,", "state:beta,state:gamma,2001,0,",
                "state:alpha,state:beta,2002,1,org:x", "state:alpha,state:gamma,2002,0,", "state:beta,state:gamma,2002,0,",
                "state:alpha,state:beta,2003,0,", "state:alpha,state:gamma,2003,0,", "state:beta,state:gamma,2003,0,",
            ],
            rows.Select(Row));
    }

    [Fact]
    public async Task Writes_only_the_years_asked_for()
    {
        var rows = await ExportAsync(new DyadYearCsvWriter(firstYear: 2002, lastYear: 2005));

        Assert.Equal(["2002", "2003", "2004", "2005"], rows.Select(r => r["year"]).Distinct());
        Assert.Equal("1", rows.Single(r => r["year"] == "2002" && r["stateB"] == "state:beta")["shared"]);
    }

    [Fact]
    public async Task Leaves_out_pairs_that_share_nothing_when_asked()
    {
        var rows = await ExportAsync(new DyadYearCsvWriter(includeUnsharedDyads: false));

        Assert.Equal(["state:alpha,state:beta,2001,2,org:x;org:z", "state:alpha,state:beta,2002,1,org:x"], rows.Select(Row));
    }

    [Fact]
    public async Task Writes_only_the_header_when_no_membership_is_dated()
    {
        var document = Memberships with { Edges = [Member("state:alpha", "org:x", null, null), Member("state:beta", "org:x", null, null)] };

        var text = await WriteTextAsync(new DyadYearCsvWriter(), document);

        Assert.Equal("stateA,stateB,year,shared,bodies\r\n", text);
    }
}
