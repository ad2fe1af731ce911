using SecurityCoop.Affiliations;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;
using SecurityCoop.Overlaps;
using SecurityCoop.Paths;

namespace SecurityCoop.Exports;

/// <summary>The subgraph a question's answer spans, for exporting exactly what an overlap, a path set or a linkage shows.</summary>
public static class AnswerSubgraphs
{
    public static Subgraph Overlap(IReadOnlyList<Node> bodies, IReadOnlyList<OverlapMember> members) =>
        Build(bodies.Concat(members.SelectMany(m => m.Affiliations.SelectMany(Ends))),
            members.SelectMany(m => m.Affiliations.SelectMany(a => a.ViaEdge is null ? [a.Edge] : new[] { a.Edge, a.ViaEdge })));

    public static Subgraph Paths(IEnumerable<GraphPath> paths)
    {
        var list = paths.ToList();
        return Build(list.SelectMany(p => p.Nodes), list.SelectMany(p => p.Steps.SelectMany(s => s.Parallel.Prepend(s.Edge))));
    }

    private static IEnumerable<Node> Ends(Affiliation affiliation) =>
        affiliation.Via is null ? [affiliation.Member, affiliation.Body] : [affiliation.Member, affiliation.Body, affiliation.Via];

    private static Subgraph Build(IEnumerable<Node> nodes, IEnumerable<Edge> edges) =>
        new([.. nodes.DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. edges.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal)]);
}
