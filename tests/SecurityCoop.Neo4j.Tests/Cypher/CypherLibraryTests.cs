using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Neo4j.Cypher;
using SecurityCoop.Neo4j.Seeding;

namespace SecurityCoop.Tests.Cypher;

/// <summary>The Cypher library: documented, parameterised, bounded, and clean under Neo4j's own linter.</summary>
public sealed partial class CypherLibraryTests
{
    private static IEnumerable<string> QueryFiles() => Directory.GetFiles(Path.Combine(RepositoryPaths.Cypher, "queries"), "*.cypher").Order(StringComparer.Ordinal);

    public static TheoryData<string> Queries() => [.. QueryFiles().Select(Path.GetFileNameWithoutExtension).OfType<string>()];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Each_query_has_a_header_with_purpose_parameters_returns_and_an_example(string name)
    {
        var header = string.Join('\n', CypherLibrary.Query(name).Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal)));

        Assert.StartsWith($"// {name}: ", header, StringComparison.Ordinal);
        Assert.Contains("// Parameters:", header, StringComparison.Ordinal);
        Assert.Contains("// Returns:", header, StringComparison.Ordinal);
        Assert.Contains("// Example:", header, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_embedded_text_is_the_file_analysts_read_and_every_variable_length_pattern_is_bounded(string name)
    {
        var text = CypherLibrary.Query(name);
        var code = string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, "queries", name + ".cypher")), text);
        Assert.DoesNotMatch(Unbounded(), code);
        Assert.DoesNotContain("'+", code, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void A_query_that_walks_declares_its_hop_bound_and_the_store_writes_the_limit_into_every_quantifier(string name)
    {
        var text = CypherLibrary.Query(name);
        var quantifiers = Quantifiers().Matches(text).Select(m => m.Value).ToList();
        var header = text.Split('\n').FirstOrDefault(l => l.StartsWith("// Hop bound: ", StringComparison.Ordinal));
        if (quantifiers.Count == 0)
        {
            Assert.Null(header);
            return;
        }

        Assert.True(header is not null, $"{name} walks ({quantifiers[0]}) but has no '// Hop bound:' line");
        Assert.All(quantifiers, q => Assert.Equal(header["// Hop bound: ".Length..].Trim(), q.Trim(')', '(')));
        var bounded = CypherLibrary.Query(name, 2);
        Assert.Equal(Quantifiers().Replace(text, m => m.Value[..(m.Value.IndexOf(',') + 1)] + "2}("), bounded);
        Assert.Throws<ArgumentOutOfRangeException>(() => CypherLibrary.Query(name, 99));
    }

    [GeneratedRegex(@"\)\{\d+,\d+\}\(")]
    private static partial Regex Quantifiers();

    [Fact]
    public void Relations_by_id_are_looked_up_in_one_branch_per_relation_type_and_each_type_has_a_uniqueness_constraint()
    {
        var lookup = CypherLibrary.Query("get-relations-by-id");
        var constraints = CypherLibrary.Script("01-constraints");

        foreach (var type in Core.Relations.RelationTypes.All.Select(Core.Relations.RelationTypes.NameOf))
        {
            Assert.Single(Regex.Matches(lookup, $@"\[relation:{type} \{{id: id\}}\]"));
            Assert.Single(Regex.Matches(constraints, $@"FOR \(\)-\[r:{type}\]-\(\) REQUIRE r\.id IS UNIQUE"));
        }
        Assert.Equal(Core.Relations.RelationTypes.All.Count - 1, Regex.Count(lookup, "UNION ALL"));
    }

    /// <summary>
    /// The linter reads every hand-written file, and the seed script as the seeder renders it from a sample of the
    /// dataset: every statement template, with the records of each that carry the most quotes and backslashes. The
    /// full script holds the whole dataset as literals and takes the linter minutes; its text is checked against the
    /// dataset by the seed script tests.
    /// </summary>
    [Fact]
    public void Every_cypher_file_passes_Neo4js_linter_without_errors()
    {
        var harness = Path.Combine(RepositoryPaths.Root, "tests", "cypher-lint");
        ExternalTools.RequireNodePackage(harness, "@neo4j-cypher", "The Cypher linter");
        var folder = Directory.CreateTempSubdirectory("cypher-lint-");
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Cypher, "*.cypher", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "03-seed.cypher"))
            {
                var copy = Path.Combine(folder.FullName, Path.GetRelativePath(RepositoryPaths.Cypher, file));
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
            }
            File.WriteAllText(Path.Combine(folder.FullName, "03-seed.cypher"), SeedScript.Render(SeedSample()));

            var errors = Lint(harness, folder.FullName, out var files);
            Assert.Empty(errors);
            Assert.True(files >= QueryFiles().Count() + 4);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Lint(string harness, string folder, out int files)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(harness, "lint.mjs"), folder]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        var report = JsonDocument.Parse(output).RootElement;
        files = report.GetProperty("files").GetArrayLength();
        return [.. report.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error")
                .Select(d => $"{f.GetProperty("file").GetString()}:{d.GetProperty("line")}: {d.GetProperty("message").GetString()}"))];
    }

    /// <summary>Of each node type, relation type and the conflicts, the three records whose text has the most quotes and backslashes.</summary>
    private static GraphData SeedSample()
    {
        var data = DatasetLoader.Load(RepositoryPaths.Dataset);
        static int Awkward(object record) => JsonSerializer.Serialize(record).Count(c => c is '\\' or '\'');
        return new GraphData(
            [.. data.Nodes.GroupBy(n => n.Type).SelectMany(g => g.OrderByDescending(Awkward).Take(3))],
            [.. data.Relations.GroupBy(r => r.Type).SelectMany(g => g.OrderByDescending(Awkward).Take(3))],
            [.. data.Conflicts.OrderByDescending(Awkward).Take(3)],
            data.Documents);
    }

    /// <summary>*, *1.. or + without an upper bound, or a quantifier {n,} with none.</summary>
    [GeneratedRegex(@"\[[^\]]*\*\s*(\d+\s*\.\.\s*)?\]|\)\s*\+|\]-\s*\+|\{\s*\d+\s*,\s*\}")]
    private static partial Regex Unbounded();
}
