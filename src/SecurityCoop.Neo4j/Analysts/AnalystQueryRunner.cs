using SecurityCoop.Neo4j.QueryApi;

namespace SecurityCoop.Neo4j.Analysts;

/// <summary>What an analyst's statement returned: columns, at most the row cap of rows, and whether more were cut.</summary>
public sealed record AnalystResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, bool Truncated);

/// <summary>
/// Runs an analyst's read-only Cypher: text checks, an EXPLAIN whose plan must not write, then the statement in
/// read access mode inside a subquery that stops one row past the cap.
/// </summary>
public sealed class AnalystQueryRunner(QueryApiClient client)
{
    public async Task<AnalystResult> RunAsync(string statement, IReadOnlyDictionary<string, object?> parameters, int rowCap, CancellationToken cancellationToken)
    {
        CypherGuard.CheckText(statement);
        var text = statement.Trim().TrimEnd(';');
        var plan = await client.RunAsync("EXPLAIN " + text, parameters, AccessMode.Read, cancellationToken);
        CypherGuard.CheckPlan(plan.PlanOperators);
        var capped = $"CALL () {{\n{text}\n}}\nRETURN *\nLIMIT {rowCap + 1}";
        var result = await client.RunAsync(capped, parameters, AccessMode.Read, cancellationToken);
        var truncated = result.Rows.Count > rowCap;
        return new AnalystResult(result.Fields, [.. result.Rows.Take(rowCap)], truncated);
    }
}
