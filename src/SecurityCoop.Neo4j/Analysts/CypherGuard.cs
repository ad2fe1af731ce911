using SecurityCoop.Core.Store;

namespace SecurityCoop.Neo4j.Analysts;

/// <summary>
/// The checks an analyst's statement passes before it runs, on its text and on its execution plan, the same on every
/// store. They come on top of read access mode, in which Neo4j itself refuses to write. The text check reads the
/// tokens of <see cref="CypherLexer"/>, so strings, comments and backticked names can neither hide a clause nor
/// fake one: a word is a clause keyword only where it is written plainly and is not a property (<c>n.set</c>), a
/// label or type (<c>:Set</c>), a map key (<c>{set: 1}</c>) or a parameter (<c>$set</c>). Procedure and function
/// names are compared after normalising them (backticks and spaces around dots removed).
/// </summary>
public static class CypherGuard
{
    public const string Rejected = "CYPHER_REJECTED";

    /// <summary>Longest statement checked, in characters.</summary>
    public const int MaxStatementLength = 65_536;

    /// <summary>Procedures an analyst may call: schema and full-text search, all read-only.</summary>
    public static IReadOnlySet<string> AllowedProcedures { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization", "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties", "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
    };

    /// <summary>Namespaces of Cypher's own functions; any other namespaced function is a plug-in's and is refused.</summary>
    private static readonly string[] FunctionNamespaces = ["date.", "datetime.", "localdatetime.", "localtime.", "time.", "duration.", "point.", "vector.similarity."];

    private static readonly HashSet<string> AllowedFunctions = new(StringComparer.OrdinalIgnoreCase) { "db.nameFromElementId" };

    /// <summary>Clauses that write, load, administer or leave the database.</summary>
    private static readonly HashSet<string> WritingKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "CREATE", "MERGE", "DELETE", "DETACH", "SET", "REMOVE", "DROP", "FOREACH", "INSERT", "GRANT", "DENY", "REVOKE", "ALTER",
        "RENAME", "TERMINATE", "START", "STOP", "ENABLE", "DEALLOCATE", "REALLOCATE",
    };

    /// <summary>Words that may stand between SHOW and INDEXES or CONSTRAINTS (SHOW RANGE INDEXES, SHOW NODE KEY CONSTRAINTS, ...).</summary>
    private static readonly HashSet<string> ShowModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "RANGE", "FULLTEXT", "TEXT", "POINT", "VECTOR", "LOOKUP", "BTREE", "NODE", "RELATIONSHIP", "REL", "UNIQUE", "UNIQUENESS",
        "KEY", "EXIST", "EXISTS", "EXISTENCE", "PROPERTY", "TYPE",
    };

    /// <summary>Neo4j's updating and administration plan operators (5.26 and 2025.x), by exact name.</summary>
    private static readonly HashSet<string> WritingOperators = new(StringComparer.OrdinalIgnoreCase)
    {
        "Create", "Merge", "MergeInto", "MergeUniqueNode", "LockingMerge", "LockNodes", "Delete", "DetachDelete", "SetLabels", "RemoveLabels",
        "SetProperty", "SetProperties", "SetNodeProperty", "SetRelationshipProperty", "SetPropertiesFromMap", "SetNodePropertiesFromMap",
        "SetRelationshipPropertiesFromMap", "SetDynamicProperty", "Foreach", "SubqueryForeach", "TransactionForeach", "TransactionApply",
        "LoadCSV", "CreateIndex", "DropIndex", "CreateConstraint", "DropConstraint", "DoNothingIfExists", "EmptyResult",
    };

    /// <summary>Families of schema and administration operators (CreateNodeKeyConstraint, DropFulltextIndex, CreateUser, ...).</summary>
    private static readonly string[] WritingOperatorFamilies =
        ["Create", "Drop", "DoNothingIfExists", "Alter", "Rename", "Grant", "Deny", "Revoke", "StartDatabase", "StopDatabase", "EnableServer",
         "DeallocateServers", "ReallocateDatabases", "Terminate"];

    /// <summary>Rejects writes, LOAD CSV, USE, SHOW other than indexes and constraints, procedures and plug-in functions outside the allow-lists, and a second statement, with the reason.</summary>
    public static void CheckText(string statement)
    {
        if (statement.Length > MaxStatementLength)
            throw Refuse($"The statement is {statement.Length} characters long, above the limit of {MaxStatementLength}.");
        IReadOnlyList<CypherToken> tokens;
        try
        {
            tokens = CypherLexer.Tokens(statement);
        }
        catch (CypherSyntaxException e)
        {
            throw Refuse(e.Message);
        }
        if (tokens.Count == 0)
            throw Refuse("The statement is empty.");
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsSymbol(';'))
            {
                if (i < tokens.Count - 1)
                    throw Refuse("Send one statement per request; a ';' is followed by another.");
                continue;
            }
            if (token.Kind is not (CypherTokenKind.Word or CypherTokenKind.QuotedName) || IsNamePart(tokens, i))
                continue;
            if (token.Kind == CypherTokenKind.Word && !IsKeyOrLabel(tokens, i))
                CheckKeyword(tokens, i);
            CheckCall(tokens, i);
        }
    }

    private static void CheckKeyword(IReadOnlyList<CypherToken> tokens, int i)
    {
        var word = tokens[i].Text;
        if (string.Equals(word, "USE", StringComparison.OrdinalIgnoreCase))
            throw Refuse("USE is not allowed: statements run against the configured database.");
        if (string.Equals(word, "LOAD", StringComparison.OrdinalIgnoreCase))
            throw Refuse("LOAD CSV is not allowed: analysts read the graph, not files or URLs.");
        if (WritingKeywords.Contains(word))
            throw Refuse($"{word.ToUpperInvariant()} is not allowed: only read-only statements run here.");
        if (string.Equals(word, "SHOW", StringComparison.OrdinalIgnoreCase))
        {
            var next = i + 1;
            while (next < tokens.Count && tokens[next].Kind == CypherTokenKind.Word && ShowModifiers.Contains(tokens[next].Text))
                next++;
            var what = next < tokens.Count ? tokens[next].Text : "";
            if (!(what.Equals("INDEX", StringComparison.OrdinalIgnoreCase) || what.Equals("INDEXES", StringComparison.OrdinalIgnoreCase)
                || what.Equals("CONSTRAINT", StringComparison.OrdinalIgnoreCase) || what.Equals("CONSTRAINTS", StringComparison.OrdinalIgnoreCase)))
                throw Refuse($"SHOW {what.ToUpperInvariant()} is not allowed: of the SHOW commands only SHOW INDEXES and SHOW CONSTRAINTS run here.");
        }
    }

    /// <summary>A procedure after CALL, or a namespaced function before '(', must be allowed; CALL ( or CALL { opens a subquery.</summary>
    private static void CheckCall(IReadOnlyList<CypherToken> tokens, int i)
    {
        var called = i > 0 && tokens[i - 1].IsWord("CALL") && !IsNamePart(tokens, i - 1);
        if (tokens[i].IsWord("CALL"))
            return;
        var (name, parts, next) = QualifiedName(tokens, i);
        if (called)
        {
            if (!AllowedProcedures.Contains(name))
                throw Refuse($"The procedure {name} is not allowed; allowed are {string.Join(", ", AllowedProcedures.Order(StringComparer.Ordinal))}.");
        }
        else if (parts > 1 && next < tokens.Count && tokens[next].IsSymbol('(') && !IsCypherFunction(name))
        {
            throw Refuse($"The function {name} is not allowed: only Cypher's own functions run here.");
        }
    }

    private static bool IsCypherFunction(string name) =>
        AllowedFunctions.Contains(name) || FunctionNamespaces.Any(ns => name.StartsWith(ns, StringComparison.OrdinalIgnoreCase));

    /// <summary>A dotted name from <paramref name="i"/> (db . index.`fulltext`.queryNodes), its number of parts, and the token after it.</summary>
    private static (string Name, int Parts, int Next) QualifiedName(IReadOnlyList<CypherToken> tokens, int i)
    {
        var parts = new List<string> { tokens[i].Text };
        var next = i + 1;
        while (next + 1 < tokens.Count && tokens[next].IsSymbol('.') && tokens[next + 1].Kind is CypherTokenKind.Word or CypherTokenKind.QuotedName)
        {
            parts.Add(tokens[next + 1].Text);
            next += 2;
        }
        return (string.Join('.', parts), parts.Count, next);
    }

    /// <summary>Whether the name at <paramref name="i"/> continues a dotted name or a property access (after '.').</summary>
    private static bool IsNamePart(IReadOnlyList<CypherToken> tokens, int i) => i > 0 && tokens[i - 1].IsSymbol('.');

    /// <summary>A word that is a label or type (after ':', or in a label expression), or a map key (before ':').</summary>
    private static bool IsKeyOrLabel(IReadOnlyList<CypherToken> tokens, int i) =>
        (i > 0 && tokens[i - 1] is { Kind: CypherTokenKind.Symbol, Text: ":" or "|" or "&" or "!" })
        || (i + 1 < tokens.Count && tokens[i + 1].IsSymbol(':'));

    /// <summary>Rejects a plan that writes, loads files or administers (allowed procedure calls were checked on the text).</summary>
    public static void CheckPlan(IReadOnlyList<string>? operators)
    {
        foreach (var op in operators ?? [])
        {
            var name = op.Split('@')[0].Trim();
            if (WritingOperators.Contains(name) || WritingOperatorFamilies.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase)))
                throw Refuse($"The statement's plan has a {name} step: only read-only statements run here.");
        }
    }

    private static StoreException Refuse(string message) => new(Rejected, message);
}
