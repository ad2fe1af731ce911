using System.Text.RegularExpressions;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Neo4j.Analysts;

/// <summary>
/// The checks an analyst's statement passes before it runs, on its text and on its execution plan. They come on
/// top of read access mode, in which Neo4j itself refuses to write.
/// </summary>
public static partial class CypherGuard
{
    public const string Rejected = "CYPHER_REJECTED";

    /// <summary>Procedures an analyst may call: schema and full-text search, all read-only.</summary>
    public static IReadOnlySet<string> AllowedProcedures { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization", "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties", "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    };

    private static readonly string[] WritingOperators =
        ["Create", "Merge", "Delete", "SetProperty", "SetLabels", "SetNodeProperty", "SetRelationshipProperty", "RemoveLabels",
         "Foreach", "LoadCSV", "EmptyResult", "TransactionForeach", "TransactionApply"];

    /// <summary>Rejects LOAD CSV, USE, writing clauses and procedure calls outside the allow-list, with the reason.</summary>
    public static void CheckText(string statement)
    {
        var code = Comments().Replace(Strings().Replace(statement, "''"), " ");
        if (string.IsNullOrWhiteSpace(code))
            throw new StoreException(Rejected, "The statement is empty.");
        if (LoadCsv().IsMatch(code))
            throw new StoreException(Rejected, "LOAD CSV is not allowed: analysts read the graph, not files or URLs.");
        if (Use().IsMatch(code))
            throw new StoreException(Rejected, "USE is not allowed: statements run against the configured database.");
        if (WriteClause().Match(code) is { Success: true } write)
            throw new StoreException(Rejected, $"{write.Value.Trim().ToUpperInvariant()} is not allowed: only read-only statements run here.");
        foreach (Match call in ProcedureCall().Matches(code))
        {
            if (!AllowedProcedures.Contains(call.Groups["name"].Value))
                throw new StoreException(Rejected, $"The procedure {call.Groups["name"].Value} is not allowed; allowed are {string.Join(", ", AllowedProcedures.Order())}.");
        }
    }

    /// <summary>Rejects a plan that writes, loads files or calls procedures (allowed calls were checked on the text).</summary>
    public static void CheckPlan(IReadOnlyList<string>? operators)
    {
        foreach (var op in operators ?? [])
        {
            var name = op.Split('@')[0];
            if (WritingOperators.Any(w => name.StartsWith(w, StringComparison.OrdinalIgnoreCase)))
                throw new StoreException(Rejected, $"The statement's plan has a {name} step: only read-only statements run here.");
        }
    }

    [GeneratedRegex("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"", RegexOptions.Singleline)]
    private static partial Regex Strings();

    [GeneratedRegex("//[^\\n]*|/\\*.*?\\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex("\\bLOAD\\s+CSV\\b", RegexOptions.IgnoreCase)]
    private static partial Regex LoadCsv();

    [GeneratedRegex("(^|;)\\s*USE\\b", RegexOptions.IgnoreCase)]
    private static partial Regex Use();

    [GeneratedRegex("\\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|GRANT|DENY|REVOKE|ALTER|TERMINATE|START\\s+DATABASE|STOP\\s+DATABASE)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex WriteClause();

    [GeneratedRegex("\\bCALL\\s+(?<name>[A-Za-z_][\\w.]*)\\s*(\\(|\\bYIELD\\b|$|;)", RegexOptions.IgnoreCase)]
    private static partial Regex ProcedureCall();
}
