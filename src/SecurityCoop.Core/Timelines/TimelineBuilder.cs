using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Timelines;

/// <summary>Turns a node's relations into dated moments in order; undated relations have no place on a timeline.</summary>
public static class TimelineBuilder
{
    /// <summary>
    /// A node's timeline from its raw relations and the nodes at their other ends (a material read), under the
    /// timeline's relation filter: the same answer the store's timeline gives, so a page of nodes needs one read.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> FromNeighbours(string nodeId, IReadOnlyList<Neighbour> neighbours, RelationFilter filter)
    {
        var others = neighbours.DistinctBy(n => n.Node.Id).ToDictionary(n => n.Node.Id, n => n.Node, StringComparer.Ordinal);
        var relations = neighbours.Select(n => n.Relation).DistinctBy(r => r.Id).Where(filter.Allows);
        return Build(nodeId, relations, id => others[id]);
    }

    public static IReadOnlyList<TimelineEntry> Build(string nodeId, IEnumerable<Relation> relations, Func<string, Node> nodeById)
    {
        var entries = new List<TimelineEntry>();
        foreach (var relation in relations)
        {
            var other = nodeById(relation.OtherEnd(nodeId));
            if (relation.Since is { } since)
                entries.Add(new(since, TimelineMoment.Start, relation, other));
            else if (relation.Date is { } date)
                entries.Add(new(date, TimelineMoment.Dated, relation, other));
            else if (relation.AsOf is { } asOf)
                entries.Add(new(asOf, TimelineMoment.Snapshot, relation, other));
            else if (relation.Dating is { StartBasis: DateBasis.Event, Start: { } eventDate })
                entries.Add(new(eventDate, TimelineMoment.Dated, relation, other));
            if (relation.Until is { } until)
                entries.Add(new(until, TimelineMoment.End, relation, other));
        }
        entries.Sort((a, b) =>
        {
            var byDate = a.Date.Start.CompareForSorting(b.Date.Start);
            if (byDate != 0)
                return byDate;
            var byMoment = ((int)b.Moment == (int)TimelineMoment.End).CompareTo((int)a.Moment == (int)TimelineMoment.End);
            return byMoment != 0 ? byMoment : string.CompareOrdinal(a.Relation.Id, b.Relation.Id);
        });
        return entries;
    }
}
