namespace SecurityCoop.Core.Exports;

/// <summary>
/// The GEXF <c>kind</c> of each edge. GEXF allows parallel edges only with distinct kinds, and Gephi merges edges
/// that share source, target and kind, so edges of one relation type between the same ordered pair get distinct
/// kinds: the first of them in ordinal id order is the relation type itself, the second <c>TYPE#2</c>, the third
/// <c>TYPE#3</c>, and so on. Every other edge's kind is its relation type.
/// </summary>
internal sealed class GexfEdgeKinds
{
    private readonly Dictionary<string, string> numbered;

    private GexfEdgeKinds(Dictionary<string, string> numbered) => this.numbered = numbered;

    public static GexfEdgeKinds Of(IEnumerable<NetworkEdge> edges, CancellationToken cancellationToken)
    {
        var keyed = edges.Select(e => new Key(e.Source, e.Target, e.Type, e.Id)).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        Array.Sort(keyed, Key.Compare);
        var numbered = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1, position = 1; i < keyed.Length; i++)
        {
            var (previous, current) = (keyed[i - 1], keyed[i]);
            var sameGroup = previous.Source == current.Source && previous.Target == current.Target && previous.Type == current.Type;
            position = sameGroup ? position + 1 : 1;
            if (sameGroup)
                numbered[current.Id] = $"{current.Type}#{position}";
        }
        return new GexfEdgeKinds(numbered);
    }

    public string this[NetworkEdge edge] => numbered.TryGetValue(edge.Id, out var kind) ? kind : edge.Type;

    private readonly record struct Key(string Source, string Target, string Type, string Id)
    {
        public static int Compare(Key a, Key b)
        {
            var order = string.CompareOrdinal(a.Source, b.Source);
            if (order == 0)
                order = string.CompareOrdinal(a.Target, b.Target);
            if (order == 0)
                order = string.CompareOrdinal(a.Type, b.Type);
            return order == 0 ? string.CompareOrdinal(a.Id, b.Id) : order;
        }
    }
}
