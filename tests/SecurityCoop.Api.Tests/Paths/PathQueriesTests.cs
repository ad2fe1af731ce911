namespace SecurityCoop.Tests.Paths;

/// <summary>Path questions on the seed dataset, over HTTP.</summary>
public sealed class PathQueriesTests(ApiServer api)
{
    [Fact]
    public async Task The_shortest_path_from_India_to_RATS_goes_through_the_SCO_with_typed_sourced_steps()
    {
        var data = await api.DataAsync("""
            { shortestPath(from: "state:india", to: "mech:rats", excludeWeakLinks: true) {
                length nodes { id } steps { direction relation { type from { id } to { id } since { text } sources { document line quote } } } } }
            """);

        var path = data.GetProperty("shortestPath");
        Assert.Equal(2, path.Path("length").GetInt32());
        Assert.Equal(["state:india", "org:sco", "mech:rats"], path.GetProperty("nodes").Strings("id"));
        var first = path.GetProperty("steps")[0];
        Assert.Equal(("MEMBER_OF", "OUTGOING", "2016-06"), (first.Path("relation.type").GetString(), first.Path("direction").GetString(), first.Path("relation.since.text").GetString()));
        Assert.Equal("INCOMING", path.GetProperty("steps")[1].Path("direction").GetString());
        Assert.NotEmpty(first.Path("relation.sources").EnumerateArray());
    }

    [Fact]
    public async Task As_of_2010_India_reaches_RATS_as_an_SCO_observer_and_in_2020_as_a_member()
    {
        var data = await api.DataAsync("""
            { then: shortestPath(from: "state:india", to: "mech:rats", relationTypes: [MEMBER_OF, OBSERVER_OF, PART_OF], asOf: 2010) { nodes { id } steps { relation { type } } }
              now: shortestPath(from: "state:india", to: "mech:rats", relationTypes: [MEMBER_OF, OBSERVER_OF, PART_OF], asOf: 2020) { nodes { id } steps { relation { type } } }
              none: shortestPath(from: "state:india", to: "mech:rats", relationTypes: [OBSERVER_OF], asOf: 2020) { length } }
            """);

        Assert.Equal(["state:india", "org:sco", "mech:rats"], data.Path("then.nodes").Strings("id"));
        Assert.Equal("OBSERVER_OF", data.Path("then.steps")[0].Path("relation.type").GetString());
        Assert.Equal("MEMBER_OF", data.Path("now.steps")[0].Path("relation.type").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("none").ValueKind);
    }

    [Fact]
    public async Task All_shortest_paths_list_each_route_once_and_k_paths_come_shortest_first()
    {
        var data = await api.DataAsync("""
            { all: allShortestPaths(from: "state:india", to: "mech:rats") { length nodes { id } steps { parallel { type } } }
              k: kShortestPaths(from: "state:india", to: "mech:rats", k: 5, excludeWeakLinks: true) { length nodes { id } } }
            """);

        var routes = data.GetProperty("all").EnumerateArray().Select(p => string.Join(">", p.GetProperty("nodes").Strings("id"))).ToList();
        Assert.Equal(routes.Distinct(), routes);
        Assert.Contains("state:india>org:sco>mech:rats", routes);
        Assert.All(data.GetProperty("all").EnumerateArray(), p => Assert.Equal(2, p.Path("length").GetInt32()));
        var lengths = data.GetProperty("k").EnumerateArray().Select(p => p.Path("length").GetInt32()).ToList();
        Assert.Equal(lengths.Order(), lengths);
        Assert.Equal(5, lengths.Count);
    }
}
