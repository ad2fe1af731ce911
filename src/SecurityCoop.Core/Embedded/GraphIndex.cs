using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// The in-memory graph: nodes by id, ids sorted per type for paging, and adjacency lists (outgoing and
/// incoming, each in relation id order) for traversal. Memory is proportional to nodes plus relations.
/// </summary>
internal sealed class GraphIndex
{
    private static readonly IReadOnlyList<Relation> NoRelations = [];

    private readonly Dictionary<string, Node> nodes;
    private readonly Dictionary<string, Relation> relations;
    private readonly Dictionary<string, List<Relation>> outgoing = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Relation>> incoming = new(StringComparer.Ordinal);

    public GraphIndex(GraphData data)
    {
        nodes = data.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var withEnds = data.DatedRelations();
        relations = withEnds.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var relation in withEnds.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            Add(outgoing, relation.From, relation);
            Add(incoming, relation.To, relation);
        }
        SortedIds = [.. nodes.Keys.Order(StringComparer.Ordinal)];
        Conflicts = data.Conflicts;
        Documents = data.Catalogue;
        Names = new NameIndex(data.Nodes);
    }

    /// <summary>Every node id in ordinal order: the order pages are cut from.</summary>
    public IReadOnlyList<string> SortedIds { get; }

    public IReadOnlyList<Conflict> Conflicts { get; }

    /// <summary>The catalogue of the documents the sources cite.</summary>
    public IReadOnlyList<SourceDocument> Documents { get; }

    public NameIndex Names { get; }

    public int NodeCount => nodes.Count;

    public IEnumerable<Node> Nodes => nodes.Values;

    public IEnumerable<Relation> Relations => relations.Values;

    public Node? Find(string id) => nodes.GetValueOrDefault(id);

    public Relation? FindRelation(string id) => relations.GetValueOrDefault(id);

    public Node Get(string id) => Find(id) ?? throw StoreException.UnknownNode(id);

    public IReadOnlyList<Relation> Outgoing(string id) => outgoing.TryGetValue(id, out var list) ? list : NoRelations;

    public IReadOnlyList<Relation> Incoming(string id) => incoming.TryGetValue(id, out var list) ? list : NoRelations;

    /// <summary>How many relations touch a node, in both directions: what a walk from it would read.</summary>
    public int Degree(string id) => Outgoing(id).Count + Incoming(id).Count;

    /// <summary>Relations at a node in both directions, outgoing first.</summary>
    public IEnumerable<Relation> Touching(string id) => Outgoing(id).Concat(Incoming(id));

    private static void Add(Dictionary<string, List<Relation>> index, string key, Relation relation)
    {
        if (!index.TryGetValue(key, out var list))
            index[key] = list = [];
        list.Add(relation);
    }
}
