using SecurityCoop.Neo4j.Analysts;

namespace SecurityCoop.Tests.Cypher;

/// <summary>
/// Every hand-written Cypher file says which Neo4j versions it needs, the features it uses agree (a checked list of
/// when each entered Cypher 5), and none needs more than the version docker-compose.yml pins.
/// </summary>
public sealed class CypherVersionTests
{
    /// <summary>Features of Cypher 5 and the Neo4j version that introduced each, as the Cypher manual's additions list them.</summary>
    private static readonly (string Feature, Version Since, Func<IReadOnlyList<CypherToken>, int, bool> Uses)[] Features =
    [
        ("quantified path patterns", new(5, 9), (t, i) => t[i].IsSymbol('{') && i > 0 && t[i - 1].IsSymbol(')') && i + 1 < t.Count && (t[i + 1].Kind == CypherTokenKind.Number || t[i + 1].IsSymbol(','))),
        ("relationship uniqueness constraints", new(5, 7), (t, i) => t[i].IsWord("CONSTRAINT") && Enumerable.Range(i, Math.Min(12, t.Count - i)).Any(j => t[j].IsSymbol('[')) && Enumerable.Range(i, Math.Min(24, t.Count - i)).Any(j => t[j].IsWord("UNIQUE"))),
        ("SHORTEST path selectors", new(5, 21), (t, i) => t[i].IsWord("SHORTEST")),
        ("CALL with a variable scope", new(5, 23), (t, i) => t[i].IsWord("CALL") && i + 1 < t.Count && t[i + 1].IsSymbol('(')),
        ("OPTIONAL CALL", new(5, 24), (t, i) => t[i].IsWord("OPTIONAL") && i + 1 < t.Count && t[i + 1].IsWord("CALL")),
        ("dynamic labels and types", new(5, 26), (t, i) => t[i].Kind == CypherTokenKind.Parameter && t[i].Text.Length == 0 && i + 1 < t.Count && t[i + 1].IsSymbol('(')),
        ("Cypher 25 clauses (LET, FILTER, NEXT)", new(2025, 6), (t, i) => (t[i].IsWord("LET") || t[i].IsWord("FILTER") || t[i].IsWord("NEXT")) && !(i + 1 < t.Count && t[i + 1].IsSymbol('('))),
    ];

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Cypher, "queries"), "*.cypher").Order(StringComparer.Ordinal))
            files.Add(Path.GetRelativePath(RepositoryPaths.Cypher, file));
        foreach (var name in new[] { "01-constraints.cypher", "02-indexes.cypher", "reset.cypher" })
            files.Add(name);
        return files;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_header_names_the_oldest_Neo4j_the_file_runs_on_and_the_pinned_image_is_new_enough(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Cypher, file));
        var tokens = CypherLexer.Tokens(text);
        var used = Features.Where(f => Enumerable.Range(0, tokens.Count).Any(i => f.Uses(tokens, i))).ToList();
        var needed = used.Select(f => f.Since).DefaultIfEmpty(new Version(5, 0)).Max()!;

        var header = text.Split('\n').FirstOrDefault(l => l.StartsWith("// Needs: Neo4j ", StringComparison.Ordinal));
        Assert.True(header is not null, $"{file} has no '// Needs: Neo4j X.Y or later' header line; it uses {string.Join(", ", used.Select(u => u.Feature))}");
        var declared = Version.Parse(header["// Needs: Neo4j ".Length..].Split(' ')[0]);
        Assert.Equal(needed, declared);
        var pinned = Version.Parse(Neo4jServer.Image.Split(':')[1].Split('-')[0]);
        Assert.True(needed <= pinned, $"{file} needs Neo4j {needed}, newer than the pinned {pinned}");
    }
}
