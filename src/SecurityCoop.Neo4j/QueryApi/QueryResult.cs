namespace SecurityCoop.Neo4j.QueryApi;

/// <summary>A Query API result: its column names and its rows, each value already mapped from typed JSON.</summary>
/// <param name="PlanOperators">Operator names of the execution plan, when the server returned one (EXPLAIN, PROFILE).</param>
/// <param name="Bookmarks">The bookmarks the server returned: the database state after the statement.</param>
public sealed record QueryResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows, IReadOnlyList<string>? PlanOperators = null,
    IReadOnlyList<string>? Bookmarks = null)
{
    /// <summary>The rows as maps from column name to value.</summary>
    public IEnumerable<QueryRow> Records => Rows.Select(row => new QueryRow(Fields, row));
}

/// <summary>One row, read by column name.</summary>
public sealed class QueryRow(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
{
    public object? this[string field]
    {
        get
        {
            var index = IndexOf(field);
            return index < values.Count ? values[index] : null;
        }
    }

    public T Get<T>(string field) => this[field] is T value ? value : throw new InvalidDataException($"Column '{field}' is not a {typeof(T).Name}.");

    public T? Find<T>(string field) where T : class => this[field] as T;

    private int IndexOf(string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
                return i;
        }
        throw new InvalidDataException($"The query returned no column '{field}'.");
    }
}
