using System.Diagnostics;
using CsCheck;
using SecurityCoop.Core.Store;
using SecurityCoop.Neo4j.Analysts;

namespace SecurityCoop.Tests.Analysts;

/// <summary>The text and plan checks an analyst's statement passes before it runs: every hidden write refused, every read let through.</summary>
public sealed class CypherGuardTests
{
    [Theory]
    [InlineData("MATCH (n:Node {id: $id}) RETURN n")]
    [InlineData("MATCH p = SHORTEST 1 (a:Node {id: 'state:india'})-[*1..4]-(b:Node {id: 'mech:rats'}) RETURN p")]
    [InlineData("CALL db.index.fulltext.queryNodes('node_names', $q) YIELD node, score RETURN node, score")]
    [InlineData("MATCH (n) WHERE n.note = 'they agreed to CREATE a body; DELETE nothing' RETURN n // CREATE in a comment")]
    [InlineData("MATCH (n:Node) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } RETURN n.id, degree")]
    [InlineData("MATCH (n) WHERE n.name = $set RETURN n")]
    [InlineData("MATCH (n) RETURN n // the SCO's members, isn't it")]
    [InlineData("MATCH (n) RETURN n /* don't */")]
    [InlineData("MATCH (n) RETURN n.set, n.delete, n.create AS `CREATE`")]
    [InlineData("MATCH (n:Set)-[r:DELETE|MERGE]->(m:!Remove) RETURN {set: 1, create: n.id} AS map")]
    [InlineData("RETURN 'it\\'s \\\\' AS escaped, \"say \\\"SET\\\"\" AS quoted")]
    [InlineData("CALL db.labels()")]
    [InlineData("CALL `db`.`labels`() YIELD label RETURN label")]
    [InlineData("CALL db . labels() YIELD label RETURN label;")]
    [InlineData("EXPLAIN MATCH (n) RETURN n")]
    [InlineData("PROFILE MATCH (n) RETURN count(n)")]
    [InlineData("SHOW INDEXES")]
    [InlineData("SHOW RANGE INDEXES YIELD name RETURN name")]
    [InlineData("SHOW NODE KEY CONSTRAINTS")]
    [InlineData("RETURN date.truncate('year', date()) AS year, point.distance(point({x: 0, y: 0}), point({x: 3, y: 4})) AS d")]
    [InlineData("MATCH (n) RETURN n.name")]
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
    [InlineData("MATCH (n) /* ' */ DETACH DELETE n /* ' */ RETURN count(*)", "DETACH")]
    [InlineData("MATCH (n) // '\nDETACH DELETE n // '\nRETURN 1", "DETACH")]
    [InlineData("MATCH (n) WHERE n.a = \"'\" DELETE n", "DELETE")]
    [InlineData("RETURN '\\'' AS q CREATE (m)", "CREATE")]
    [InlineData("CALL `dbms.listConfig`()", "dbms.listConfig")]
    [InlineData("CALL `dbms`.`listConfig`() YIELD name RETURN name", "dbms.listConfig")]
    [InlineData("CALL dbms . listConfig()", "dbms.listConfig")]
    [InlineData("CALL dbms/* x */.listConfig()", "dbms.listConfig")]
    [InlineData("PROFILE USE system MATCH (n) RETURN n", "USE")]
    [InlineData("CYPHER runtime=slotted USE other MATCH (n) RETURN n", "USE")]
    [InlineData("MATCH (n) CALL { USE other MATCH (m) RETURN m } RETURN n", "USE")]
    [InlineData("MATCH (n) CALL (n) { SET n.x = 1 } RETURN n", "SET")]
    [InlineData("MATCH (n) FOREACH (x IN [1] | CREATE (m))", "FOREACH")]
    [InlineData("SHOW USERS", "SHOW USERS")]
    [InlineData("SHOW DATABASES", "SHOW DATABASES")]
    [InlineData("SHOW PROCEDURES", "SHOW PROCEDURES")]
    [InlineData("SHOW TRANSACTIONS", "SHOW TRANSACTIONS")]
    [InlineData("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE")]
    [InlineData("DROP INDEX node_names", "DROP")]
    [InlineData("RETURN apoc.cypher.runFirstColumnSingle('MATCH (n) DETACH DELETE n', {})", "apoc.cypher.runFirstColumnSingle")]
    [InlineData("RETURN `apoc`.load.json('http://x')", "apoc.load.json")]
    [InlineData("MATCH (n) RETURN n; MATCH (m) DETACH DELETE m", "one statement")]
    [InlineData("MATCH (n) RETURN n; RETURN 1", "one statement")]
    [InlineData("MATCH (n) WHERE n.name = 'unterminated RETURN n", "unterminated string")]
    [InlineData("MATCH (n) /* unterminated RETURN n", "unterminated comment")]
    [InlineData("MATCH (`n) RETURN 1", "unterminated backticked name")]
    [InlineData("insert (n:Node)", "INSERT")]
    [InlineData("MATCH (n) REMOVE n:Node", "REMOVE")]
    public void Writes_hidden_every_way_are_rejected_with_the_reason(string statement, string reason)
    {
        var error = Assert.Throws<StoreException>(() => CypherGuard.CheckText(statement));

        Assert.Equal(CypherGuard.Rejected, error.Code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ProduceResults@neo4j", "Create@neo4j")]
    [InlineData("ProduceResults@neo4j", "DetachDelete@neo4j")]
    [InlineData("ProduceResults", "SetProperties")]
    [InlineData("SetNodePropertiesFromMap@neo4j")]
    [InlineData("SetRelationshipPropertiesFromMap")]
    [InlineData("SetPropertiesFromMap")]
    [InlineData("MergeInto")]
    [InlineData("LockingMerge")]
    [InlineData("RemoveLabels")]
    [InlineData("CreateNodeKeyConstraint")]
    [InlineData("DropFulltextIndex")]
    [InlineData("LoadCSV")]
    [InlineData("TransactionForeach")]
    public void A_plan_with_an_updating_or_administration_step_is_rejected(params string[] plan)
    {
        var error = Assert.Throws<StoreException>(() => CypherGuard.CheckPlan(plan));

        Assert.Contains(plan[^1].Split('@')[0], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_of_reading_steps_passes()
    {
        CypherGuard.CheckPlan(["ProduceResults@neo4j", "Filter@neo4j", "NodeByLabelScan@neo4j", "Expand(All)@neo4j", "ProcedureCall@neo4j", "EagerAggregation"]);
    }

    [Fact]
    public void The_check_takes_linear_time_on_runs_of_escaped_quotes()
    {
        var statement = "RETURN '" + string.Concat(Enumerable.Repeat("\\'", 32_000)) + "' AS s";
        var clock = Stopwatch.StartNew();

        CypherGuard.CheckText(statement);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_statement_past_the_length_limit_is_rejected()
    {
        var error = Assert.Throws<StoreException>(() => CypherGuard.CheckText("RETURN '" + new string('x', CypherGuard.MaxStatementLength) + "'"));

        Assert.Contains("above the limit", error.Message, StringComparison.Ordinal);
    }

    private static readonly string[] Reads = ["MATCH (n:Node)", "WHERE n.id = $id", "RETURN n.name AS name", "WITH n", "OPTIONAL MATCH (n)-[r]-(m)", "ORDER BY n.id", "LIMIT 5", "UNWIND [1, 2] AS x"];

    private static readonly string[] Writes = ["CREATE (x)", "DETACH DELETE n", "SET n.a = 1", "MERGE (y:Node)", "REMOVE n.a", "DELETE n", "FOREACH (i IN [1] | CREATE (z))", "CALL dbms.listConfig()", "LOAD CSV FROM 'f' AS l", "USE system"];

    /// <summary>Strings, comments and names that hold writing words or quotes, which must not change what the statement is.</summary>
    private static readonly string[] Disguises = ["/* DELETE ' */", "// ' CREATE\n", "'SET \\' DELETE'", "\"MERGE \\\" ;\"", "`CREATE`", "$set", "/* \" */", "{delete: 1}", "n.remove"];

    private static readonly Gen<string> Disguise = Gen.Int[0, Disguises.Length - 1].Select(i => Disguises[i]);

    [Fact]
    public void Writing_clauses_are_refused_wherever_disguises_stand_around_them()
    {
        Gen.Select(Gen.Int[0, Reads.Length - 1], Gen.Int[0, Writes.Length - 1], Disguise.Array[0, 4], Disguise.Array[0, 4])
            .Sample((read, write, before, after) =>
            {
                var statement = $"{Reads[read]} {string.Join(' ', before.Select(Wrap))} {Writes[write]} {string.Join(' ', after.Select(Wrap))} RETURN 1";
                Assert.Throws<StoreException>(() => CypherGuard.CheckText(statement));
            }, iter: 2_000);
    }

    [Fact]
    public void Reads_pass_whatever_disguises_they_hold()
    {
        Gen.Select(Gen.Int[0, Reads.Length - 1].Array[1, 5], Disguise.Array[0, 6])
            .Sample((reads, disguises) =>
            {
                var statement = string.Join(' ', reads.Select(r => Reads[r])) + " " + string.Join(' ', disguises.Select(Wrap)) + " RETURN 1";
                CypherGuard.CheckText(statement);
            }, iter: 2_000);
    }

    /// <summary>Places a disguise where Cypher allows it: comments anywhere, values as a returned expression.</summary>
    private static string Wrap(string disguise) =>
        disguise.StartsWith("/*", StringComparison.Ordinal) || disguise.StartsWith("//", StringComparison.Ordinal) ? disguise : $"WITH {disguise} AS d";
}
