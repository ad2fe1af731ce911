using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Tests.Material;

/// <summary>
/// The Neo4j store's material call: what it sends for a question's requests and how it maps the rows of
/// <c>cypher/queries/material.cypher</c> back, on a response written in the Query API's documented typed JSON.
/// This checks our side of the exchange, not Neo4j.
/// </summary>
public sealed class Neo4jMaterialTests
{
    private sealed class OneAnswer(string body) : HttpMessageHandler
    {
        public string Sent { get; private set; } = "";

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Sent = await request.Content!.ReadAsStringAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.Accepted) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    private static string Text(string value) => "{\"$type\": \"String\", \"_value\": \"" + value + "\"}";

    private static string Null => "{\"$type\": \"Null\", \"_value\": null}";

    private static string Int(int value) => "{\"$type\": \"Integer\", \"_value\": \"" + value + "\"}";

    private static string Node(string id, string type, int element) =>
        "{\"$type\": \"Node\", \"_value\": {\"_element_id\": \"4:aa:" + element + "\", \"_labels\": [\"Node\", \"" + type + "\"], " +
        "\"_properties\": {\"id\": " + Text(id) + ", \"type\": " + Text(type) + ", \"name\": " + Text(id) + "}}}";

    private static string Relation(string id, string type, string? role = null) =>
        "{\"$type\": \"Relationship\", \"_value\": {\"_element_id\": \"5:aa:" + id.Length + "\", \"_start_node_element_id\": \"4:aa:1\", " +
        "\"_end_node_element_id\": \"4:aa:2\", \"_type\": \"" + type + "\", \"_properties\": {\"id\": " + Text(id) +
        (role is null ? "" : ", \"role\": " + Text(role) + ", \"propKeys\": {\"$type\": \"List\", \"_value\": [" + Text("role") + "]}") + "}}}";

    private static string Row(string part, int? request, string node, string? body, string? relation, string? via, string? viaRelation, string? from, string? to) =>
        $"[{Text(part)}, {(request is { } r ? Int(r) : Null)}, {node}, {body ?? Null}, {relation ?? Null}, {via ?? Null}, {viaRelation ?? Null}, " +
        $"{(from is null ? Null : Text(from))}, {(to is null ? Null : Text(to))}]";

    [Fact]
    public async Task One_statement_carries_every_request_and_its_rows_map_to_nodes_affiliations_and_relations_per_request()
    {
        var eas = Node("mech:eas", "Mechanism", 1);
        var asean = Node("org:asean", "Organisation", 2);
        var laos = Node("state:laos", "State", 3);
        var theme = Node("theme:t", "Theme", 4);
        var rows = string.Join(", ",
            Row("node", null, eas, null, null, null, null, null, null),
            Row("node", null, asean, null, null, null, null, null, null),
            Row("affiliation", 0, asean, eas, Relation("rel:member_of:org-asean:mech-eas", "MEMBER_OF", "full"), null, null, null, null),
            Row("affiliation", 0, laos, eas, Relation("rel:member_of:org-asean:mech-eas", "MEMBER_OF", "full"), asean,
                Relation("rel:member_of:state-laos:org-asean", "MEMBER_OF"), null, null),
            Row("relation", 0, theme, null, Relation("rel:addresses:org-asean:theme-t", "ADDRESSES"), null, null, "org:asean", "theme:t"));
        var handler = new OneAnswer("""{"data": {"fields": ["part", "request", "node", "body", "relation", "via", "viaRelation", "fromId", "toId"], "values": [""" + rows + "]}}");
        var client = new QueryApiClient(new HttpClient(handler), Options.Create(new Neo4jOptions { Uri = new Uri("http://graph.example:7474") }),
            NullLogger<QueryApiClient>.Instance);

        var material = await new Neo4jGraphStore(client).GetMaterialAsync(new MaterialQuery(["state:nowhere"],
            [new AffiliationRequest("mech:eas", AffiliationSide.MembersOfBodies, ThroughMembers: true)],
            [new RelationRequest("org:asean", RelationDirection.Outgoing, new HashSet<RelationType> { RelationType.Addresses })]), TestContext.Current.CancellationToken);

        var parameters = JsonDocument.Parse(handler.Sent).RootElement.GetProperty("parameters");
        Assert.Equal(["state:nowhere", "mech:eas", "org:asean"], parameters.GetProperty("nodeIds").GetProperty("_value").EnumerateArray().Select(v => v.GetProperty("_value").GetString()));
        var ask = parameters.GetProperty("affiliations").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal(("mech:eas", "MembersOfBodies", true), (ask.GetProperty("id").GetProperty("_value").GetString(),
            ask.GetProperty("side").GetProperty("_value").GetString(), ask.GetProperty("through").GetProperty("_value").GetBoolean()));
        Assert.Equal("ADDRESSES", parameters.GetProperty("relations").GetProperty("_value")[0].GetProperty("_value").GetProperty("types").GetProperty("_value")[0].GetProperty("_value").GetString());

        Assert.Equal(["mech:eas", "org:asean"], material.Nodes.Keys.Order(StringComparer.Ordinal));
        var (direct, through) = (material.Affiliations[0][0], material.Affiliations[0][1]);
        Assert.Equal(("org:asean", "mech:eas", AffiliationRole.Member, "org:asean"), (direct.Member.Id, direct.Body.Id, direct.Role, direct.Relation.From));
        Assert.Equal(("state:laos", "org:asean", "org:asean", "mech:eas", "state:laos", "org:asean"),
            (through.Member.Id, through.Via!.Id, through.Relation.From, through.Relation.To, through.ViaRelation!.From, through.ViaRelation.To));
        var neighbour = Assert.Single(material.Relations[0]);
        Assert.Equal(("theme:t", RelationDirection.Outgoing, "org:asean"), (neighbour.Node.Id, neighbour.Direction, neighbour.Relation.From));
    }
}
