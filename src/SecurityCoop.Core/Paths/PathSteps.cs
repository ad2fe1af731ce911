using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Paths;

/// <summary>How a route's step is told from the relations that join its two nodes: every store picks the same way.</summary>
public static class PathSteps
{
    /// <summary>
    /// The step from <paramref name="from"/> over the preferred relation among <paramref name="joining"/> (typed and
    /// established before weak or unestablished, then by id), with the others as its parallel relations.
    /// </summary>
    public static PathStep Choose(string from, IEnumerable<Relation> joining)
    {
        var ordered = joining.DistinctBy(e => e.Id).OrderBy(RelationPreference.Rank).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new PathStep(ordered[0], ordered[0].From == from) { Parallel = [.. ordered.Skip(1)] };
    }

}
