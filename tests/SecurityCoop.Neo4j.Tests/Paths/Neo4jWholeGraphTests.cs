using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Exports;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.QueryApi;
using SecurityCoop.Tests.QueryApi;

namespace SecurityCoop.Tests.Paths;

/// <summary>
/// The whole-graph read goes page by page: each request asks for the nodes after the last id it has, and reading stops
/// at the first short page. Checked on responses in the Query API's documented typed JSON; this checks our side, not Neo4j.
/// </summary>
public sealed class Neo4jWholeGraphTests
{
    private const int Page = 500;

    private static string Text(string value) => "{\"$type\": \"String\", \"_value\": \"" + value + "\"}";

    private static string Id(int i) => $"state:s{i:D4}";

    private static string Row(int i)
    {
        var node = "{\"$type\": \"Node\", \"_value\": {\"_element_id\": \"4:aa:" + i + "\", \"_labels\": [\"Node\", \"State\"], \"_properties\": {\"id\": " +
            Text(Id(i)) + ", \"type\": " + Text("State") + ", \"name\": " + Text(Id(i)) + "}}}";
        var relation = "{\"$type\": \"Relationship\", \"_value\": {\"_element_id\": \"5:aa:" + i + "\", \"_start_node_element_id\": \"4:aa:" + i +
            "\", \"_end_node_element_id\": \"4:aa:0\", \"_type\": \"COOPERATES_WITH\", \"_properties\": {\"id\": " + Text($"rel:cooperates_with:{i}") + "}}}";
        var relations = i == 0 ? "[]" : "[{\"$type\": \"Map\", \"_value\": {\"relation\": " + relation + ", \"to\": " + Text(Id(0)) + "}}]";
        return $"[{node}, {{\"$type\": \"List\", \"_value\": {relations}}}]";
    }

    private static HttpResponseMessage Rows(int from, int count) => ScriptedHandler.Json(HttpStatusCode.Accepted,
        "{\"data\": {\"fields\": [\"node\", \"relations\"], \"values\": [" + string.Join(", ", Enumerable.Range(from, count).Select(Row)) + "]}}");

    [Fact]
    public async Task The_whole_graph_is_read_in_pages_after_the_last_id_until_a_short_page()
    {
        var handler = new ScriptedHandler(_ => Rows(0, Page), _ => Rows(Page, 3));
        var client = new QueryApiClient(new HttpClient(handler), Options.Create(new Neo4jOptions { Uri = new Uri("http://graph.example:7474") }),
            NullLogger<QueryApiClient>.Instance);

        var graph = await new Neo4jGraphStore(client).SubgraphAsync(new SubgraphQuery(), TestContext.Current.CancellationToken);

        var sent = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("parameters")).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(JsonValueKind.Null, sent[0].GetProperty("after").GetProperty("_value").ValueKind);
        Assert.Equal(Id(Page - 1), sent[1].GetProperty("after").GetProperty("_value").GetString());
        Assert.Equal(Page.ToString(System.Globalization.CultureInfo.InvariantCulture), sent[1].GetProperty("first").GetProperty("_value").GetString());
        Assert.Equal(Page + 3, graph.Nodes.Count);
        Assert.Equal(Page + 2, graph.Relations.Count);
        Assert.All(graph.Relations, r => Assert.Equal(Id(0), r.To));
        Assert.Equal(Id(7), graph.Relations.Single(r => r.Id == "rel:cooperates_with:7").From);
    }
}
