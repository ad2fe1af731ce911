using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Paths;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.QueryApi;
using SecurityCoop.Tests.QueryApi;

namespace SecurityCoop.Tests.Paths;

/// <summary>
/// The Neo4j store's k shortest paths: the shared Yen's algorithm sends one spur request per accepted route, with the
/// hop limit written into the query's quantifier and the banned links listed both ways round, and maps the rows of
/// <c>cypher/queries/k-shortest-spurs.cypher</c>, on responses in the Query API's documented typed JSON. This checks
/// our side of the exchange, not Neo4j.
/// </summary>
public sealed class Neo4jPathsTests
{
    private static readonly Dictionary<string, int> Elements = new() { ["state:a"] = 1, ["org:m1"] = 2, ["org:m2"] = 3, ["state:b"] = 4 };

    private static string Text(string value) => "{\"$type\": \"String\", \"_value\": \"" + value + "\"}";

    private static string Int(int value) => "{\"$type\": \"Integer\", \"_value\": \"" + value + "\"}";

    private static string Node(string id) =>
        "{\"$type\": \"Node\", \"_value\": {\"_element_id\": \"4:aa:" + Elements[id] + "\", \"_labels\": [\"Node\"], " +
        "\"_properties\": {\"id\": " + Text(id) + ", \"type\": " + Text(id.StartsWith("org", StringComparison.Ordinal) ? "Organisation" : "State") + ", \"name\": " + Text(id) + "}}}";

    private static string Membership(string member, string body) =>
        "{\"$type\": \"Relationship\", \"_value\": {\"_element_id\": \"5:aa:" + Elements[member] + Elements[body] + "\", \"_start_node_element_id\": \"4:aa:" + Elements[member] +
        "\", \"_end_node_element_id\": \"4:aa:" + Elements[body] + "\", \"_type\": \"MEMBER_OF\", \"_properties\": {\"id\": " + Text($"rel:member_of:{member}:{body}") + "}}}";

    /// <summary>A row of the spur query: the route a, middle, b over two memberships, each step with its own relation as the only parallel one.</summary>
    private static string SpurRow(int request, string middle)
    {
        var (first, second) = (Membership("state:a", middle), Membership("state:b", middle));
        var path = "{\"$type\": \"Path\", \"_value\": [" + Node("state:a") + ", " + first + ", " + Node(middle) + ", " + second + ", " + Node("state:b") + "]}";
        string Step(int i, string relation) => "{\"$type\": \"Map\", \"_value\": {\"step\": " + Int(i) + ", \"relations\": {\"$type\": \"List\", \"_value\": [" + relation + "]}}}";
        return $"[{Int(request)}, {path}, {{\"$type\": \"List\", \"_value\": [{Step(0, first)}, {Step(1, second)}]}}]";
    }

    private static HttpResponseMessage Rows(string fields, params string[] rows) =>
        ScriptedHandler.Json(HttpStatusCode.Accepted, "{\"data\": {\"fields\": [" + fields + "], \"values\": [" + string.Join(", ", rows) + "]}}");

    [Fact]
    public async Task K_shortest_paths_run_Yen_with_one_bounded_spur_request_per_accepted_route()
    {
        var handler = new ScriptedHandler(
            _ => Rows("\"node\"", $"[{Node("state:a")}]", $"[{Node("state:b")}]"),
            _ => Rows("\"request\", \"path\", \"parallel\"", SpurRow(0, "org:m1")),
            _ => Rows("\"request\", \"path\", \"parallel\"", SpurRow(0, "org:m2")),
            _ => Rows("\"request\", \"path\", \"parallel\""));
        var client = new QueryApiClient(new HttpClient(handler), Options.Create(new Neo4jOptions { Uri = new Uri("http://graph.example:7474") }),
            NullLogger<QueryApiClient>.Instance);

        var paths = await new Neo4jGraphStore(client).FindPathsAsync(new PathQuery("state:a", "state:b", PathMode.KShortest, K: 5, MaxHops: 3), TestContext.Current.CancellationToken);

        Assert.Equal(["state:a>org:m1>state:b", "state:a>org:m2>state:b"], paths.Select(p => string.Join('>', p.Nodes.Select(n => n.Id))));
        Assert.Equal([true, false], paths[1].Steps.Select(s => s.Forward));
        var spurs = handler.Requests.Skip(1).Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        Assert.Equal(3, spurs.Count);
        Assert.All(spurs, s => Assert.Contains("){1,3}(", s.GetProperty("statement").GetString(), StringComparison.Ordinal));
        var second = spurs[1].GetProperty("parameters").GetProperty("spurs").GetProperty("_value");
        Assert.Equal(2, second.GetArrayLength());
        Assert.Equal(["state:a|org:m1", "org:m1|state:a"], Links(second[0]));
        Assert.Equal((2L, "state:a"), (long.Parse(second[1].GetProperty("_value").GetProperty("maxHops").GetProperty("_value").GetString()!),
            second[1].GetProperty("_value").GetProperty("bannedNodes").GetProperty("_value")[0].GetProperty("_value").GetString()));
        Assert.Equal(["state:a|org:m1", "org:m1|state:a", "state:a|org:m2", "org:m2|state:a"], Links(spurs[2].GetProperty("parameters").GetProperty("spurs").GetProperty("_value")[0]));
    }

    private static IEnumerable<string> Links(JsonElement spur) =>
        spur.GetProperty("_value").GetProperty("bannedLinks").GetProperty("_value").EnumerateArray()
            .Select(pair => string.Join('|', pair.GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString())));
}
