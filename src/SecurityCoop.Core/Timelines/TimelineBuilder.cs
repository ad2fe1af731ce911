using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Timelines;

/// <summary>Turns a node's edges into dated moments in order; undated edges have no place on a timeline.</summary>
public static class TimelineBuilder
{
    public static IReadOnlyList<TimelineEntry> Build(string nodeId, IEnumerable<Edge> edges, Func<string, Node> nodeById)
    {
        var entries = new List<TimelineEntry>();
        foreach (var edge in edges)
        {
            var other = nodeById(edge.OtherEnd(nodeId));
            if (edge.Since is { } since)
                entries.Add(new(since, TimelineMoment.Start, edge, other));
            else if (edge.Date is { } date)
                entries.Add(new(date, TimelineMoment.Dated, edge, other));
            else if (edge.AsOf is { } asOf)
                entries.Add(new(asOf, TimelineMoment.Snapshot, edge, other));
            if (edge.Until is { } until)
                entries.Add(new(until, TimelineMoment.End, edge, other));
        }
        entries.Sort((a, b) =>
        {
            var byDate = a.Date.Start.CompareForSorting(b.Date.Start);
            if (byDate != 0)
                return byDate;
            var byMoment = ((int)b.Moment == (int)TimelineMoment.End).CompareTo((int)a.Moment == (int)TimelineMoment.End);
            return byMoment != 0 ? byMoment : string.CompareOrdinal(a.Edge.Id, b.Edge.Id);
        });
        return entries;
    }
}
