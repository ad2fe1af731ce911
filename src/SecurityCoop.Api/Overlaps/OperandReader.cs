using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Overlaps;

/// <summary>Turns operands as written into <see cref="SetOperand"/>s, saying which operand is wrong when one is.</summary>
internal static class OperandReader
{
    public static IReadOnlyList<SetOperand>? Read(IReadOnlyList<OperandInput>? inputs, string part) =>
        inputs is null ? null : [.. inputs.Select((input, i) => Read(input, $"{part}[{i}]"))];

    public static SetOperand Read(OperandInput input, string name)
    {
        var fields = input.Fields;
        var given = new[] { "affiliates", "neighbours", "ids" }.Where(k => fields.TryGetValue(k, out var v) && v is not null).ToList();
        if (given.Count != 1)
            throw StoreException.Invalid($"{name}: give exactly one of 'affiliates', 'neighbours' or 'ids'; it has {(given.Count == 0 ? "none" : string.Join(" and ", given))}.");
        var label = fields.TryGetValue("label", out var l) ? l as string : null;
        return given[0] switch
        {
            "affiliates" => Affiliates((IDictionary<string, object?>)fields["affiliates"]!, $"{name}.affiliates", label),
            "neighbours" => Neighbours((IDictionary<string, object?>)fields["neighbours"]!, $"{name}.neighbours", label),
            _ => new IdsOperand([.. List<object>(fields, "ids", name)!.Select(id => Convert.ToString(id, System.Globalization.CultureInfo.InvariantCulture)!)], label),
        };
    }

    private static AffiliatesOperand Affiliates(IDictionary<string, object?> fields, string name, string? label) =>
        new(Text(fields, "body"),
            new AffiliationFilter(Set<AffiliationRole>(fields, "roles", name), Facts(fields, name), Set<NodeType>(fields, "memberTypes", name)),
            Flag(fields, "throughMembers"), label);

    private static NeighboursOperand Neighbours(IDictionary<string, object?> fields, string name, string? label) =>
        new(Text(fields, "node"), Set<RelationType>(fields, "relationTypes", name),
            fields.TryGetValue("direction", out var d) && d is RelationDirection direction ? direction : RelationDirection.Both,
            Set<NodeType>(fields, "nodeTypes", name), Facts(fields, name), label);

    private static FactFilter Facts(IDictionary<string, object?> fields, string name) =>
        new(fields.TryGetValue("asOf", out var asOf) ? (PartialDate?)asOf : null, Flag(fields, "includeUnestablished"),
            Set<string>(fields, "documents", name), fields.TryGetValue("since", out var since) ? since as DateRange : null);

    private static string Text(IDictionary<string, object?> fields, string key) =>
        Convert.ToString(fields.TryGetValue(key, out var v) ? v : null, System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static bool Flag(IDictionary<string, object?> fields, string key) => fields.TryGetValue(key, out var v) && v is true;

    private static HashSet<T>? Set<T>(IDictionary<string, object?> fields, string key, string name) =>
        List<T>(fields, key, name)?.ToHashSet();

    /// <summary>An optional list field: absent means no filter; an empty list is a mistake worth saying.</summary>
    private static List<T>? List<T>(IDictionary<string, object?> fields, string key, string name)
    {
        if (!fields.TryGetValue(key, out var value) || value is not System.Collections.IEnumerable items)
            return null;
        var list = items.Cast<T>().ToList();
        if (list.Count == 0)
            throw StoreException.Invalid($"{name}.{key} is an empty list; leave it out to mean all, or name at least one value.");
        return list;
    }
}
