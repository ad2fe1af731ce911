using System.Collections.Concurrent;

namespace SecurityCoop.Neo4j.Cypher;

/// <summary>The texts of <c>cypher/</c>, embedded in the assembly: the store runs them verbatim.</summary>
public static class CypherLibrary
{
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>A query of <c>cypher/queries/</c> by file name without extension, e.g. <c>"overlap"</c>.</summary>
    public static string Query(string name) => Load($"cypher/queries/{name}.cypher");

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
}
