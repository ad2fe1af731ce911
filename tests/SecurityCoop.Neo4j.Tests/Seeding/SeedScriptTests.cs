using SecurityCoop.Core.Dataset;
using SecurityCoop.Neo4j.Seeding;

namespace SecurityCoop.Tests.Seeding;

/// <summary>The committed seed script is what the dataset generates, and its statements are idempotent.</summary>
public sealed class SeedScriptTests
{
    private static readonly GraphData Data = DatasetLoader.Load(RepositoryPaths.Dataset);

    [Fact]
    public void The_committed_seed_script_is_up_to_date_with_the_dataset()
    {
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, "03-seed.cypher")).ReplaceLineEndings("\n");

        Assert.True(committed == SeedScript.Render(Data), $"cypher/03-seed.cypher is out of date; regenerate it with: {SeedScript.Command}");
    }

    [Fact]
    public void Every_statement_merges_on_ids_and_sets_exactly_the_dataset_properties()
    {
        var statements = SeedStatements.For(Data);

        Assert.All(statements, s =>
        {
            Assert.Contains("MERGE (", s.Template, StringComparison.Ordinal);
            Assert.Contains("{id: row.id}", s.Template, StringComparison.Ordinal);
            Assert.Matches(@"SET \w = row\.properties", s.Template);
            Assert.DoesNotContain("CREATE", s.Template, StringComparison.Ordinal);
        });
        Assert.Equal(Data.Nodes.Count, statements.Where(s => s.Template.Contains("(n:Node", StringComparison.Ordinal)).Sum(s => s.Rows.Count));
        Assert.Equal(Data.Relations.Count, statements.Where(s => s.Template.Contains("MERGE (a)-[r:", StringComparison.Ordinal)).Sum(s => s.Rows.Count));
    }

    [Fact]
    public void Relations_carry_their_as_of_keys_and_the_end_a_role_change_implies()
    {
        var rows = SeedStatements.For(Data).SelectMany(s => s.Rows).ToDictionary(r => (string)r["id"]!);

        var observer = (Dictionary<string, object?>)rows["rel:observer_of:state-india:org-sco:2005-06"]["properties"]!;
        Assert.Equal(20050601, observer["startLo"]);
        Assert.Equal(20160601, observer["untilLo"]);
        Assert.Equal("Observer", observer["affiliationRole"]);
        var founder = (Dictionary<string, object?>)rows["rel:member_of:state-china:org-sco:2001-06"]["properties"]!;
        Assert.Equal("FoundingMember", founder["affiliationRole"]);
    }

    [Fact]
    public void Every_element_carries_the_datasets_stamp_and_the_script_ends_by_deleting_what_lacks_it()
    {
        var stamp = SeedStatements.Stamp(Data);
        var script = SeedScript.Render(Data);

        Assert.Matches("^[0-9a-f]{16}$", stamp);
        Assert.All(SeedStatements.For(Data).SelectMany(s => s.Rows), r => Assert.Equal(stamp, ((Dictionary<string, object?>)r["properties"]!)[SeedStatements.StampProperty]));
        var cleanup = SeedStatements.Cleanup(stamp);
        Assert.Equal(["relations", "nodes", "conflicts", "source documents"], cleanup.Select(c => c.What));
        Assert.All(cleanup, c => Assert.Contains($"<> '{stamp}'", c.Statement, StringComparison.Ordinal));
        Assert.EndsWith(cleanup[^1].Statement + ";\n", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf(cleanup[0].Statement, StringComparison.Ordinal) > script.LastIndexOf("MERGE", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stamp_is_the_same_for_the_same_dataset_and_changes_with_any_change()
    {
        var smaller = Data with { Relations = [.. Data.Relations.Skip(1)] };
        var renamed = Data with { Nodes = [Data.Nodes[0] with { Name = Data.Nodes[0].Name + " (renamed)" }, .. Data.Nodes.Skip(1)] };

        Assert.Equal(SeedStatements.Stamp(Data), SeedStatements.Stamp(DatasetLoader.Load(RepositoryPaths.Dataset)));
        Assert.NotEqual(SeedStatements.Stamp(Data), SeedStatements.Stamp(smaller));
        Assert.NotEqual(SeedStatements.Stamp(Data), SeedStatements.Stamp(renamed));
    }
}
