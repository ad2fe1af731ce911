using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Embedded;

/// <summary>
/// Bidirectional breadth-first search: grows the smaller frontier one full layer at a time and stops at the
/// first layer where the two searches meet, so it visits about the square root of what a one-sided search would.
/// </summary>
internal static class ShortestPathSearch
{
    public static IReadOnlyList<Relation>? Find(Traversal traversal, string from, string to, int maxHops)
    {
        if (from == to)
            return [];
        var forward = new Side(from);
        var backward = new Side(to);
        while (forward.Frontier.Count > 0 && backward.Frontier.Count > 0 && forward.Depth + backward.Depth < maxHops)
        {
            var (grow, other) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var meeting = grow.Expand(traversal, other);
            if (meeting is not null)
                return Join(forward, backward, meeting);
        }
        return null;
    }

    private static List<Relation> Join(Side forward, Side backward, string meeting)
    {
        var path = forward.EdgesTo(meeting);
        path.Reverse();
        path.AddRange(backward.EdgesTo(meeting));
        return path;
    }

    private sealed class Side
    {
        private readonly Dictionary<string, (string? Previous, Relation? Relation, int Depth)> reached = new(StringComparer.Ordinal);

        public Side(string start)
        {
            reached[start] = (null, null, 0);
            Frontier = [start];
        }

        public List<string> Frontier { get; private set; }

        public int Depth { get; private set; }

        public bool Reached(string node, out int depth)
        {
            var found = reached.TryGetValue(node, out var entry);
            depth = entry.Depth;
            return found;
        }

        /// <summary>Grows one layer; returns the meeting node of the shortest join found in it, if any.</summary>
        public string? Expand(Traversal traversal, Side other)
        {
            var next = new List<string>();
            string? best = null;
            var bestLength = int.MaxValue;
            foreach (var node in Frontier)
            {
                foreach (var (relation, neighbour) in traversal.Neighbours(node))
                {
                    if (reached.ContainsKey(neighbour))
                        continue;
                    reached[neighbour] = (node, relation, Depth + 1);
                    next.Add(neighbour);
                    if (other.Reached(neighbour, out var otherDepth) && Depth + 1 + otherDepth < bestLength)
                        (best, bestLength) = (neighbour, Depth + 1 + otherDepth);
                }
            }
            Frontier = next;
            Depth++;
            return best;
        }

        /// <summary>Relations from <paramref name="node"/> back to this side's start, nearest the node first.</summary>
        public List<Relation> EdgesTo(string node)
        {
            var relations = new List<Relation>();
            for (var entry = reached[node]; entry.Relation is not null; entry = reached[entry.Previous!])
                relations.Add(entry.Relation);
            return relations;
        }
    }
}
