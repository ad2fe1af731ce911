using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Encoding;
using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Tests.QueryApi;

/// <summary>
/// Our mapping of Query API responses, checked on response documents written from Neo4j's documentation of the
/// typed JSON format (application/vnd.neo4j.query). This checks our mapping, not Neo4j.
/// </summary>
public sealed class TypedJsonTests
{
    private const string NodeJson = """
        {"$type": "Node", "_value": {"_element_id": "4:aa:1", "_labels": ["Node", "Mechanism"], "_properties": {
          "id": {"$type": "String", "_value": "mech:rats"}, "type": {"$type": "String", "_value": "Mechanism"},
          "name": {"$type": "String", "_value": "Regional Anti-Terrorist Structure"}, "acronym": {"$type": "String", "_value": "RATS"},
          "aliases": {"$type": "List", "_value": [{"$type": "String", "_value": "SCO RATS"}]},
          "founded": {"$type": "String", "_value": "2004-06"}, "propKeys": {"$type": "List", "_value": [{"$type": "String", "_value": "founded"}]},
          "sourceDocuments": {"$type": "List", "_value": [{"$type": "String", "_value": "a.txt"}]},
          "sourceLines": {"$type": "List", "_value": [{"$type": "Integer", "_value": "131"}]},
          "sourceQuotes": {"$type": "List", "_value": [{"$type": "String", "_value": "Established in 2004"}]}}}}
        """;

    private const string RelationshipJson = """
        {"$type": "Relationship", "_value": {"_element_id": "5:aa:9", "_start_node_element_id": "4:aa:2", "_end_node_element_id": "4:aa:1",
          "_type": "OBSERVER_OF", "_properties": {"id": {"$type": "String", "_value": "rel:observer_of:state-india:org-sco:2005-06"},
          "since": {"$type": "String", "_value": "2005-06"}, "propKeys": {"$type": "List", "_value": [{"$type": "String", "_value": "since"}]},
          "impliedUntil": {"$type": "String", "_value": "2016-06"}, "endedBy": {"$type": "String", "_value": "rel:member_of:x"},
          "untilLo": {"$type": "Integer", "_value": "20160601"}}}}
        """;

    private static object? Read(string json) => TypedJson.Read(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_node_maps_to_our_node_with_props_and_sources()
    {
        var node = GraphDecoding.Node((Neo4jNode)Read(NodeJson)!);

        Assert.Equal(("mech:rats", Core.Nodes.NodeType.Mechanism, "RATS"), (node.Id, node.Type, node.Acronym));
        Assert.Equal(["SCO RATS"], node.Aliases);
        Assert.Equal("2004-06", node.Prop("founded"));
        Assert.Equal([new Core.Sources.Source("a.txt", 131, "Established in 2004")], node.Sources);
    }

    [Fact]
    public void A_relationship_maps_to_our_edge_with_its_implied_end()
    {
        var edge = GraphDecoding.Relation((Neo4jRelation)Read(RelationshipJson)!, "state:india", "org:sco");

        Assert.Equal((Core.Relations.RelationType.ObserverOf, "state:india", "org:sco"), (edge.Type, edge.From, edge.To));
        Assert.Equal("2005-06", edge.Since?.Text);
        Assert.Equal(("2016-06", "rel:member_of:x"), (edge.Until?.Text, edge.EndedBy));
        Assert.False(edge.Props.ContainsKey("untilLo"));
    }

    [Fact]
    public void A_path_keeps_its_nodes_and_relationships_in_order()
    {
        var path = (Neo4jPath)Read($$"""{"$type": "Path", "_value": [{{NodeJson}}, {{RelationshipJson}}, {{NodeJson.Replace("4:aa:1", "4:aa:2")}}]}""")!;

        Assert.Equal(["4:aa:1", "4:aa:2"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("OBSERVER_OF", Assert.Single(path.Relations).Type);
    }

    [Theory]
    [InlineData("""{"$type": "Null", "_value": null}""", null)]
    [InlineData("""{"$type": "Integer", "_value": "9007199254740993"}""", 9007199254740993L)]
    [InlineData("""{"$type": "Float", "_value": "0.25"}""", 0.25)]
    [InlineData("""{"$type": "Boolean", "_value": true}""", true)]
    [InlineData("""{"$type": "String", "_value": "ASEAN"}""", "ASEAN")]
    public void Scalars_and_null_map_to_their_dotnet_values(string json, object? expected)
    {
        Assert.Equal(expected, Read(json));
    }

    [Fact]
    public void Temporal_values_keep_their_type_and_text_and_maps_and_lists_nest()
    {
        var date = Read("""{"$type": "Date", "_value": "2016-06-24"}""");
        var map = (Dictionary<string, object?>)Read("""{"$type": "Map", "_value": {"at": {"$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32-01:00"}, "n": {"$type": "List", "_value": [{"$type": "Integer", "_value": "1"}]}}}""")!;

        Assert.Equal(new Neo4jTypedText("Date", "2016-06-24"), date);
        Assert.Equal(new Neo4jTypedText("OffsetDateTime", "2024-01-01T21:40:32-01:00"), map["at"]);
        Assert.Equal([1L], (List<object?>)map["n"]!);
    }

    [Fact]
    public void A_result_document_gives_fields_and_rows()
    {
        var result = QueryApiResponse.Parse(202, $$"""{"data": {"fields": ["node", "count"], "values": [[{{NodeJson}}, {"$type": "Integer", "_value": "3"}]]}, "bookmarks": ["FB:x"]}""", NullLogger.Instance);

        var row = Assert.Single(result.Records);
        Assert.Equal(3L, row.Get<long>("count"));
        Assert.Equal("4:aa:1", row.Get<Neo4jNode>("node").ElementId);
    }

    [Theory]
    [InlineData(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", "STORE_AUTH_FAILED")]
    [InlineData(404, "Neo.ClientError.Database.DatabaseNotFound", "Database does not exist. Database name: 'nope'.", "STORE_DATABASE_NOT_FOUND")]
    [InlineData(400, "Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.", "CYPHER_NOT_READ_ONLY")]
    public void Error_documents_map_to_coded_store_errors(int status, string code, string message, string expected)
    {
        var error = Assert.Throws<StoreException>(() => QueryApiResponse.Parse(status, $$"""{"errors": [{"code": "{{code}}", "message": "{{message}}"}]}""", NullLogger.Instance));

        Assert.Equal(expected, error.Code);
        Assert.DoesNotContain("nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_keeps_Neo4js_first_line_but_not_the_statement_text()
    {
        const string message = "Invalid input 'RETRN': expected 'RETURN' (line 1, column 10 (offset: 9))\n\"MATCH (n) RETRN n\"\n          ^";

        var error = Assert.Throws<StoreException>(() => QueryApiResponse.Parse(400,
            JsonSerializer.Serialize(new { errors = new[] { new { code = "Neo.ClientError.Statement.SyntaxError", message } } }), NullLogger.Instance));

        Assert.Equal("STORE_QUERY_FAILED", error.Code);
        Assert.Contains("Invalid input 'RETRN'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MATCH (n)", error.Message, StringComparison.Ordinal);
    }
}
