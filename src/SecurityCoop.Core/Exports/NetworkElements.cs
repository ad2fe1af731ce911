using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Exports;

/// <summary>Turns the domain's nodes and edges into the neutral export model.</summary>
public static class NetworkElements
{
    /// <summary>
    /// The node with its name as label and its type name as type; its properties are its props plus
    /// <c>acronym</c> and <c>aliases</c> (joined by "; ") when it has them, and the typed columns derived from
    /// figures (<see cref="PropertyFigures"/>), in key order.
    /// </summary>
    public static NetworkNode ToNetworkNode(this Node node)
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Props)
            properties[key] = value;
        if (node.Acronym is { Length: > 0 } acronym)
            properties.TryAdd("acronym", acronym);
        if (node.Aliases.Count > 0)
            properties.TryAdd("aliases", string.Join("; ", node.Aliases));
        PropertyFigures.Derive(properties);
        var lifetime = Lifetime.Of(node);
        return new NetworkNode(node.Id, node.Type.ToString(), node.Name, properties) { Start = lifetime.Start, End = lifetime.End };
    }

    /// <summary>
    /// The edge with its relation type name as type. <see cref="NetworkEdge.Since"/> is when the relation starts
    /// (its <c>since</c>, else its <c>date</c>, else the snapshot <c>as_of</c> it is known from);
    /// <see cref="NetworkEdge.Until"/> is its recorded or implied end. The props move over except <c>since</c>
    /// and <c>until</c>, which the dates carry, and gain <c>since_precision</c>, <c>until_precision</c>
    /// (year, month or day), <c>ended_by</c> when a role change implies the end, and the columns derived from figures.
    /// </summary>
    public static NetworkEdge ToNetworkEdge(this Relation edge)
    {
        var since = edge.Start ?? edge.AsOf;
        var until = edge.Until;
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in edge.Props)
        {
            if (!(key == "since" && edge.Since is not null) && !(key == "until" && edge.RecordedUntil is not null))
                properties[key] = value;
        }
        if (since is not null)
            properties["since_precision"] = PrecisionText(since);
        if (until is not null)
            properties["until_precision"] = PrecisionText(until);
        if (edge.EndedBy is { } endedBy)
            properties["ended_by"] = endedBy;
        PropertyFigures.Derive(properties);
        return new NetworkEdge(edge.Id, RelationTypes.NameOf(edge.Type), edge.From, edge.To, properties, since, until, edge.Sources);
    }

    /// <summary>The whole dataset as a document, with the ends that role changes imply applied to its edges.</summary>
    public static NetworkDocument ToNetworkDocument(this GraphData data, NetworkMetadata metadata) =>
        new(metadata, data.Nodes.Select(ToNetworkNode), data.DatedRelations().Select(ToNetworkEdge));

    private static string PrecisionText(DateValue date) => date.Start.Precision.ToString().ToLowerInvariant();
}
