using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j.Analysts;

/// <summary>What an analyst's statement returned: columns, at most the row cap of rows, and whether more were cut.</summary>
public sealed record AnalystResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Truncated);

/// <summary>
/// Runs an analyst's read-only Cypher as the analyst wrote it: the text checks, an EXPLAIN whose plan must not write
/// (the statement's own EXPLAIN or PROFILE is not doubled), then the statement itself, unchanged, in read access
/// mode. Rows past the cap are dropped and the result says it was truncated; the statement is never wrapped, so
/// unaliased returns, standalone procedure calls and column order stay as written.
/// </summary>
public sealed class AnalystQueryRunner(QueryApiClient client)
{
    public async Task<AnalystResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, int rowCap, CancellationToken cancellationToken)
    {
        CypherGuard.CheckText(statement);
        var (prefix, body) = SplitPrefix(statement);
        var plan = await client.RunAsync("EXPLAIN " + body, parameters, AccessMode.Read, cancellationToken);
        CypherGuard.CheckPlan(plan.PlanOperators);
        var result = string.Equals(prefix, "EXPLAIN", StringComparison.OrdinalIgnoreCase)
            ? plan
            : await client.RunAsync(statement, parameters, AccessMode.Read, cancellationToken);
        var truncated = result.Rows.Count > rowCap;
        return new AnalystResult(result.Fields, [.. result.Rows.Take(rowCap)], truncated);
    }

    /// <summary>
    /// A leading EXPLAIN or PROFILE (after any CYPHER options) and the statement without it, for the plan check; the
    /// statement the analyst sent runs unchanged.
    /// </summary>
    public static (string? Prefix, string Body) SplitPrefix(string statement)
    {
        var tokens = CypherLexer.Tokens(statement);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsWord("EXPLAIN") || token.IsWord("PROFILE"))
                return (token.Text.ToUpperInvariant(), statement[..token.Start] + statement[(token.Start + token.Text.Length)..]);
            if (token.IsWord("CYPHER"))
            {
                // CYPHER [version] [option=value ...]: skip its words, numbers and '=' until the next clause word.
                while (i + 1 < tokens.Count && (tokens[i + 1].Kind is CypherTokenKind.Number || tokens[i + 1].IsSymbol('=')
                    || (tokens[i + 1].Kind == CypherTokenKind.Word && i + 2 < tokens.Count && tokens[i + 2].IsSymbol('='))
                    || (tokens[i].IsSymbol('=') && tokens[i + 1].Kind == CypherTokenKind.Word)))
                    i++;
                continue;
            }
            break;
        }
        return (null, statement);
    }
}
