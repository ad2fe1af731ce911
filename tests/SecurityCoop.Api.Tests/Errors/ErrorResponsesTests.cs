namespace SecurityCoop.Tests.Errors;

/// <summary>Mistakes a caller can make get a GraphQL error with a stable code and a message that says what to fix.</summary>
public sealed class ErrorResponsesTests(ApiServer api)
{
    [Theory]
    [InlineData("""{ shortestPath(from: "state:india", to: "mech:nowhere") { length } }""", 200, "NODE_NOT_FOUND", "mech:nowhere")]
    [InlineData("""{ nodes(ids: ["org:sco", "org:nowhere"]) { id } }""", 200, "NODE_NOT_FOUND", "org:nowhere")]
    [InlineData("""{ overlap(bodies: []) { count } }""", 200, "INVALID_ARGUMENT", "empty list")]
    [InlineData("""{ overlap(bodies: ["org:sco"], memberTypes: []) { count } }""", 200, "INVALID_ARGUMENT", "memberTypes")]
    [InlineData("""{ kShortestPaths(from: "state:india", to: "mech:rats", k: 500) { length } }""", 200, "LIMIT_EXCEEDED", "limit of 25")]
    [InlineData("""{ linked(from: "mech:rats", maxHops: 9) { distance } }""", 200, "LIMIT_EXCEEDED", "maxHops")]
    [InlineData("""{ states(first: 5000) { totalCount } }""", 200, "LIMIT_EXCEEDED", "first")]
    [InlineData("""{ states(after: "not-a-cursor") { totalCount } }""", 200, "BAD_CURSOR", "endCursor")]
    [InlineData("""{ compare(a: "org:sco", b: "org:sco") { both { node { id } } } }""", 200, "INVALID_ARGUMENT", "same body")]
    [InlineData("""{ linked(from: "mech:rats", theme: "org:sco") { distance } }""", 200, "INVALID_ARGUMENT", "not a theme")]
    [InlineData("""{ overlap(bodies: ["org:sco"], asOf: "2016-13") { count } }""", 400, "BAD_DATE", "YYYY-MM")]
    [InlineData("""{ overlap(bodies: ["org:sco"], asOf: true) { count } }""", 400, "BAD_DATE", "YYYY-MM")]
    [InlineData("""{ overlap(bodies: "org:sco", roles: [CHAIR]) { count } }""", 400, "ARGUMENTS_OF_CORRECT_TYPE", "roles")]
    public async Task A_caller_mistake_gets_a_coded_error_that_says_what_to_fix(string query, int status, string code, string hint)
    {
        var (actualStatus, actualCode, message) = await api.ErrorAsync(query);

        Assert.Equal((status, code), (actualStatus, actualCode));
        Assert.Contains(hint, message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_given_as_an_object_says_what_a_date_is_without_naming_dotnet_types()
    {
        var (status, code, message) = await api.ErrorAsync("query($o: [SetOperand!]) { sets(all: $o) { count } }",
            new { o = new[] { new { affiliates = new { body = "org:sco", asOf = new { year = 2016 } } } } });

        Assert.Equal((400, "BAD_DATE"), (status, code));
        Assert.Contains("not an object", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Dictionary", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_nested_too_deeply_or_too_costly_is_refused_before_it_runs()
    {
        var costly = await api.ErrorAsync("""{ node(id: "mech:rats") { relations { from { relations { from { relations { from { relations { id } } } } } } } } }""");
        var deep = await api.ErrorAsync("{ node(id: \"mech:rats\") { " + string.Concat(Enumerable.Repeat("relations(types: [PART_OF]) { from { ", 8)) + "id" + new string('}', 16) + " } }");

        Assert.Equal((400, "COMPLEXITY"), (costly.Status, costly.Code));
        Assert.Equal(400, deep.Status);
        Assert.Equal("TOO_DEEP", deep.Code);
    }

    [Fact]
    public async Task Asking_for_one_unknown_node_is_a_null_answer_not_an_error()
    {
        var data = await api.DataAsync("""{ node(id: "state:atlantis") { id } }""");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("node").ValueKind);
    }
}
