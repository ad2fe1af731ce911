using System.Text;

namespace SecurityCoop.Tests.Docs;

/// <summary>Every GraphQL example in README.md runs on the seed data without an error, so the examples stay true as the schema changes.</summary>
public sealed class ReadmeExamplesTests(ApiServer api)
{
    /// <summary>The documents of every <c>graphql</c> block: each top-level <c>{ ... }</c>, comment lines dropped.</summary>
    public static TheoryData<string> Examples()
    {
        var examples = new TheoryData<string>();
        var inBlock = false;
        var current = new StringBuilder();
        var depth = 0;
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Root, "README.md")))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = line == "```graphql";
                continue;
            }
            if (!inBlock || line.TrimStart().StartsWith('#'))
                continue;
            current.AppendLine(line);
            depth += line.Count(c => c == '{') - line.Count(c => c == '}');
            if (depth == 0 && current.ToString().Trim().Length > 0)
            {
                examples.Add(current.ToString().Trim());
                current.Clear();
            }
        }
        return examples;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_README_example_runs_without_errors(string example)
    {
        var query = example.Replace("\"<pageInfo.endCursor>\"", "null", StringComparison.Ordinal);

        var data = await api.DataAsync(query);

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.ValueKind);
    }

    [Fact]
    public void The_README_has_examples_for_every_question_family()
    {
        var all = string.Join("\n", Examples().Select(e => e.Data));

        foreach (var field in new[] { "sets(", "setMatrix(", "compareSets(", "overlap(", "shortestPath(", "linked(", "timeline(", "conflicts(", "network(" })
            Assert.Contains(field, all, StringComparison.Ordinal);
    }
}
