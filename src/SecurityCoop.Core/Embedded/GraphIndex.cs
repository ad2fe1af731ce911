using SecurityCoop.Affiliations;
using SecurityCoop.Conflicts;
using SecurityCoop.Dataset;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;
using SecurityCoop.Store;

namespace SecurityCoop.Embedded;

/// <summary>
/// The in-memory graph: nodes by id, ids sorted per type for paging, and adjacency lists (outgoing and
/// incoming, each in edge id order) for traversal. Memory is proportional to nodes plus edges.
/// </summary>
internal sealed class GraphIndex
{
    private static readonly IReadOnlyList<Edge> NoEdges = [];

    private readonly Dictionary<string, Node> nodes;
    private readonly Dictionary<string, Edge> edges;
    private readonly Dictionary<string, List<Edge>> outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Edge>> incoming = new(StringComparer.Ordinal);

    public GraphIndex(GraphData data)
    {
        nodes = data.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var withEnds = RoleChanges.ApplyImpliedEnds(data.Edges);
        edges = withEnds.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var edge in withEnds.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            Add(outgoing, edge.From, edge);
            Add(incoming, edge.To, edge);
        }
        SortedIds = [.. nodes.Keys.Order(StringComparer.Ordinal)];
        Conflicts = data.Conflicts;
        Names = new NameIndex(data.Nodes);
    }

    /// <summary>Every node id in ordinal order: the order pages are cut from.</summary>
    public IReadOnlyList<string> SortedIds { get; }

    public IReadOnlyList<Conflict> Conflicts { get; }

    public NameIndex Names { get; }

    public int NodeCount => nodes.Count;

    public IEnumerable<Node> Nodes => nodes.Values;

    public IEnumerable<Edge> Edges => edges.Values;

    public Node? Find(string id) => nodes.GetValueOrDefault(id);

    public Edge? FindEdge(string id) => edges.GetValueOrDefault(id);

    public Node Get(string id) => Find(id) ?? throw StoreException.UnknownNode(id);

    public IReadOnlyList<Edge> Outgoing(string id) => outgoing.TryGetValue(id, out var list) ? list : NoEdges;

    public IReadOnlyList<Edge> Incoming(string id) => incoming.TryGetValue(id, out var list) ? list : NoEdges;

    /// <summary>Edges at a node in both directions, outgoing first.</summary>
    public IEnumerable<Edge> Touching(string id) => Outgoing(id).Concat(Incoming(id));

    private static void Add(Dictionary<string, List<Edge>> index, string key, Edge edge)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(edge);
    }
}
