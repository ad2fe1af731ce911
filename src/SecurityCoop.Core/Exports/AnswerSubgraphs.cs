using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Exports;

/// <summary>The subgraph a question's answer spans, for exporting exactly what an overlap, a path set or a linkage shows.</summary>
public static class AnswerSubgraphs
{
    /// <summary>The operands' subjects, the members, and the affiliations and relations that put each member in the answer.</summary>
    public static Subgraph Overlap(SetAnswer answer)
    {
        var evidence = answer.Members.SelectMany(m => m.Evidence).ToList();
        var affiliations = evidence.SelectMany(e => e.Affiliations).ToList();
        var relations = evidence.SelectMany(e => e.Relations).ToList();
        return Build(
            answer.Operands.Select(o => o.Subject).OfType<Node>().Concat(answer.Members.Select(m => m.Node))
                .Concat(affiliations.SelectMany(Ends)).Concat(relations.Select(r => r.Node)),
            affiliations.SelectMany(a => a.ViaRelation is null ? [a.Relation] : new[] { a.Relation, a.ViaRelation }).Concat(relations.Select(r => r.Relation)));
    }

    public static Subgraph Paths(IEnumerable<GraphPath> paths)
    {
        var list = paths.ToList();
        return Build(list.SelectMany(p => p.Nodes), list.SelectMany(p => p.Steps.SelectMany(s => s.Parallel.Prepend(s.Relation))));
    }

    private static IEnumerable<Node> Ends(Affiliation affiliation) =>
        affiliation.Via is null ? [affiliation.Member, affiliation.Body] : [affiliation.Member, affiliation.Body, affiliation.Via];

    private static Subgraph Build(IEnumerable<Node> nodes, IEnumerable<Relation> edges) =>
        new([.. nodes.DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal)],
            [.. edges.DistinctBy(e => e.Id).OrderBy(e => e.Id, StringComparer.Ordinal)]);
}
