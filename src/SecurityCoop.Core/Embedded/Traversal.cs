using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Undirected neighbourhood of a node under a relation filter, with optional banned nodes and links, over node and
/// relation numbers. The filter's type, weak and established tests read the graph's arrays; only an as-of date reads
/// the relation itself.
/// </summary>
internal sealed class Traversal
{
    private readonly bool[] types;
    private readonly bool excludeWeak;
    private readonly bool includeUnestablished;
    private readonly PartialDate? asOf;
    private HashSet<int>? bannedNodes;
    private HashSet<(int, int)>? bannedLinks;

    public Traversal(GraphIndex graph, RelationFilter filter)
    {
        Graph = graph;
        types = new bool[Enum.GetValues<RelationType>().Length];
        foreach (var type in Enum.GetValues<RelationType>())
            types[(int)type] = filter.Types is null || filter.Types.Contains(type);
        excludeWeak = filter.ExcludeWeak;
        includeUnestablished = filter.IncludeUnestablished;
        asOf = filter.AsOf;
    }

    public GraphIndex Graph { get; }

    /// <summary>Nodes the walk may not enter; ids the graph does not hold are ignored.</summary>
    public IReadOnlySet<string>? BannedNodes
    {
        init => bannedNodes = value is null ? null : [.. value.Where(id => Graph.TryNumber(id, out _)).Select(Graph.NumberOf)];
    }

    /// <summary>Pairs of nodes that may not be joined by any relation, in either direction.</summary>
    public IReadOnlySet<(string, string)>? BannedLinks
    {
        init => bannedLinks = value is null ? null : [.. value
            .Where(l => Graph.TryNumber(l.Item1, out _) && Graph.TryNumber(l.Item2, out _))
            .SelectMany(l => new[] { (Graph.NumberOf(l.Item1), Graph.NumberOf(l.Item2)), (Graph.NumberOf(l.Item2), Graph.NumberOf(l.Item1)) })];
    }

    /// <summary>The relations the walk may take from a node, outgoing first, each in relation order; self-loops are left out.</summary>
    public Neighbours Around(int node) => new(this, node);

    /// <summary>How many relations a walk from the node reads (before filters).</summary>
    public int Degree(int node) => Graph.DegreeOf(node);

    /// <summary>The relations the walk may take between two nodes, read from the end with fewer relations.</summary>
    public List<int> Between(int a, int b)
    {
        var (near, far) = FewerFirst(a, b);
        var found = new List<int>();
        foreach (var (relation, next) in Around(near))
        {
            if (next == far)
                found.Add(relation);
        }
        return found;
    }

    /// <summary>The first relation the walk may take between two nodes, or -1; read as <see cref="Between"/> reads.</summary>
    public int FirstBetween(int a, int b)
    {
        var (near, far) = FewerFirst(a, b);
        foreach (var (relation, next) in Around(near))
        {
            if (next == far)
                return relation;
        }
        return -1;
    }

    /// <summary>The two ends, the one with fewer relations first: the cheaper one to read.</summary>
    private (int Near, int Far) FewerFirst(int a, int b) => Degree(a) <= Degree(b) ? (a, b) : (b, a);

    /// <summary>Whether the filter lets the walk take a relation (bans aside).</summary>
    public bool Allows(int relation) =>
        types[(int)Graph.TypeOf(relation)]
        && (!excludeWeak || !Graph.IsWeak(relation))
        && (includeUnestablished || Graph.IsEstablished(relation))
        && (asOf is not { } date || Graph.DatingOf(relation).HoldsAsOf(date));

    private bool Allows(int relation, int node, int next) =>
        Allows(relation)
        && !(bannedNodes?.Contains(next) ?? false)
        && !(bannedLinks?.Contains((node, next)) ?? false);

    /// <summary>Walks a node's two rows of relations without allocating.</summary>
    public ref struct Neighbours
    {
        private readonly Traversal traversal;
        private readonly int node;
        private readonly ReadOnlySpan<int> outgoing;
        private readonly ReadOnlySpan<int> incoming;
        private int index;

        internal Neighbours(Traversal traversal, int node)
        {
            this.traversal = traversal;
            this.node = node;
            outgoing = traversal.Graph.OutgoingOf(node);
            incoming = traversal.Graph.IncomingOf(node);
            index = -1;
        }

        public (int Relation, int Next) Current { get; private set; }

        public readonly Neighbours GetEnumerator() => this;

        public bool MoveNext()
        {
            var graph = traversal.Graph;
            while (++index < outgoing.Length + incoming.Length)
            {
                var relation = index < outgoing.Length ? outgoing[index] : incoming[index - outgoing.Length];
                var next = graph.OtherEnd(relation, node);
                if (next == node || !traversal.Allows(relation, node, next))
                    continue;
                Current = (relation, next);
                return true;
            }
            return false;
        }
    }
}
