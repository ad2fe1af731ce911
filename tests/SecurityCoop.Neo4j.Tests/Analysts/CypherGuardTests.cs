using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Analysts;

namespace SecurityCoop.Tests.Analysts;

/// <summary>The text and plan checks an analyst's statement passes before it runs.</summary>
public sealed class CypherGuardTests
{
    [Theory]
    [InlineData("MATCH (n:Node {id: $id}) RETURN n")]
    [InlineData("MATCH p = SHORTEST 1 (a:Node {id: 'state:india'})-[*1..4]-(b:Node {id: 'mech:rats'}) RETURN p")]
    [InlineData("CALL db.index.fulltext.queryNodes('node_names', $q) YIELD node, score RETURN node, score")]
    [InlineData("MATCH (n) WHERE n.note = 'they agreed to CREATE a body; DELETE nothing' RETURN n // CREATE in a comment")]
    [InlineData("MATCH (n:Node) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } RETURN n.id, degree")]
    public void Read_only_statements_pass(string statement)
    {
        CypherGuard.CheckText(statement);
    }

    [Theory]
    [InlineData("CREATE (n:Node {id: 'x'})", "CREATE")]
    [InlineData("MATCH (n) DETACH DELETE n", "DETACH")]
    [InlineData("MATCH (n:Node) SET n.name = 'x'", "SET")]
    [InlineData("MERGE (n:Node {id: 'x'}) RETURN n", "MERGE")]
    [InlineData("LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV")]
    [InlineData("CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})", "apoc.periodic.iterate")]
    [InlineData("CALL dbms.security.createUser('x', 'y')", "dbms.security.createUser")]
    [InlineData("USE system SHOW USERS", "USE")]
    [InlineData("  ", "empty")]
    public void Writes_file_loads_other_databases_and_unlisted_procedures_are_rejected_with_the_reason(string statement, string reason)
    {
        var error = Assert.Throws<StoreException>(() => CypherGuard.CheckText(statement));

        Assert.Equal(CypherGuard.Rejected, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_with_a_writing_step_is_rejected()
    {
        CypherGuard.CheckPlan(["ProduceResults@neo4j", "Filter@neo4j", "NodeByLabelScan@neo4j"]);
        var error = Assert.Throws<StoreException>(() => CypherGuard.CheckPlan(["ProduceResults@neo4j", "Create@neo4j"]));

        Assert.Contains("Create", error.Message, StringComparison.Ordinal);
    }
}
