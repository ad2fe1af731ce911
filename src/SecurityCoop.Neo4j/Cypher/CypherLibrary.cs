using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace SecurityCoop.Neo4j.Cypher;

/// <summary>The texts of <c>cypher/</c>, embedded in the assembly: the store runs them verbatim.</summary>
public static partial class CypherLibrary
{
    private const string BoundHeader = "// Hop bound: ";

    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>A query of <c>cypher/queries/</c> by file name without extension, e.g. <c>"overlap"</c>.</summary>
    public static string Query(string name) => Load($"cypher/queries/{name}.cypher");

    /// <summary>
    /// A query whose walk is bounded by the question's own limit. Quantifiers cannot take parameters in Cypher 5, so
    /// a file whose header has a <c>// Hop bound: {m,n}</c> line is written with its widest bound <c>{m,n}</c>, and
    /// the store writes <paramref name="upper"/> in place of <c>n</c> in each such quantifier: the search then stops
    /// at the limit instead of walking to <c>n</c> and filtering afterwards. Everything else runs as written. Each
    /// bounded text is made once.
    /// </summary>
    public static string Query(string name, int upper) => Texts.GetOrAdd($"cypher/queries/{name}.cypher@{upper}", _ => Bounded(name, upper));

    private static string Bounded(string name, int upper)
    {
        var text = Query(name);
        var header = text.Split('\n').FirstOrDefault(l => l.StartsWith(BoundHeader, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The query {name} declares no '{BoundHeader.Trim()}' line.");
        var bound = Quantifier().Match(header);
        var (lower, widest) = (int.Parse(bound.Groups[1].Value), int.Parse(bound.Groups[2].Value));
        if (upper < Math.Max(lower, 1) || upper > widest)
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The query {name} walks {lower} to {widest} hops.");
        var written = "){" + lower + "," + widest + "}(";
        return text.Replace(written, "){" + lower + "," + upper + "}(", StringComparison.Ordinal);
    }

    /// <summary>A numbered script of <c>cypher/</c>, e.g. <c>"01-constraints"</c>.</summary>
    public static string Script(string name) => Load($"cypher/{name}.cypher");

    /// <summary>The statements of a script: split at each ';' that ends a line, comments dropped.</summary>
    public static IReadOnlyList<string> Statements(string script) =>
        [.. string.Join('\n', script.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(";\n").Select(s => s.Trim().TrimEnd(';')).Where(s => s.Length > 0)];

    private static string Load(string resource) => Texts.GetOrAdd(resource, name =>
    {
        using var stream = typeof(CypherLibrary).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Cypher library has no {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [GeneratedRegex(@"\{(\d+),(\d+)\}")]
    private static partial Regex Quantifier();
}
