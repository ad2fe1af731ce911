namespace SecurityCoop.Core.Exports;

/// <summary>One declared attribute: the id a format refers to it by, its name, the kind of its values and its position.</summary>
internal sealed record AttributeColumn(string Id, string Name, AttributeKind Kind, int Index);

/// <summary>
/// The attributes of nodes or of edges in one export: the fixed ones a format always writes, then every property
/// name met, in name order, each with the kind all its values share. A property whose name a format already
/// uses (or reserves) is written as <c>prop_&lt;name&gt;</c>.
/// </summary>
internal sealed class AttributeColumns
{
    private readonly List<(string Name, AttributeKind Kind)> fixedColumns;
    private readonly HashSet<string> reserved;
    private readonly SortedDictionary<string, AttributeKind> properties = new(StringComparer.Ordinal);
    private Dictionary<string, AttributeColumn>? byName;

    public AttributeColumns(IEnumerable<string> alsoReserved, params (string Name, AttributeKind Kind)[] fixedColumns)
    {
        this.fixedColumns = [.. fixedColumns];
        reserved = [.. fixedColumns.Select(c => c.Name), .. alsoReserved];
    }

    public IReadOnlyList<AttributeColumn> All { get; private set; } = [];

    public string PropertyName(string key) => reserved.Contains(key) ? "prop_" + key : ExportVocabulary.PropertyName(key);

    public void Add(IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, value) in values)
            AttributeKinds.Include(properties, PropertyName(key), value);
    }

    /// <summary>Fixes the column list once every value has been seen; ids are <paramref name="idPrefix"/> and a number.</summary>
    public AttributeColumns Seal(string idPrefix)
    {
        All = [.. fixedColumns.Concat(properties.Select(p => (p.Key, p.Value)))
            .Select((c, i) => new AttributeColumn(idPrefix + i, c.Item1, c.Item2, i))];
        byName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);
        return this;
    }

    public AttributeColumn this[string name] =>
        (byName ?? throw new InvalidOperationException("Seal the columns before looking them up."))[name];

    /// <summary>The column of each property, under its possibly prefixed name.</summary>
    public IEnumerable<(AttributeColumn Column, string Value)> Properties(IReadOnlyDictionary<string, string> values) =>
        values.Select(p => (this[PropertyName(p.Key)], p.Value));
}
