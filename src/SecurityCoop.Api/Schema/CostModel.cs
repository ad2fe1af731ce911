using GraphQL.Types;
using GraphQL.Validation.Complexity;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Schema;

/// <summary>
/// What a field costs, before anything runs (docs/cost-model.md). Every field costs 1, introspection included, times
/// the sizes of the lists above it. A list's size is its <c>first</c> or <c>k</c> argument, else the expected
/// <see cref="GraphQLOptions.ListSize"/>; under a field that took a size, the list it pages costs no second factor.
/// Questions that search the graph cost their search on top: paths by hops (k paths by k times hops squared: a search per spur node), linkage by the square of hops
/// (times the nodes it starts from), exports and networks by scope (the whole graph, or an ego network by depth), set
/// questions by operands. A size above its question limit counts at the limit: the question itself then refuses it
/// with LIMIT_EXCEEDED, which names the limit.
/// </summary>
internal sealed class CostModel(GraphQLOptions options, QueryLimits limits)
{
    public const int PathSearchPerHop = 10;
    public const int LinkageSearchPerHop = 25;
    public const int WholeGraph = 20_000;
    public const int EgoNetworkPerHop = 500;
    public const int SetOperand = 10;

    private static readonly HashSet<string> SizeArguments = ["first", "k"];

    private readonly double maxSize = Math.Max(limits.MaxPaths, Math.Max(limits.MaxPageSize, limits.MaxResults));
    private readonly double maxHops = Math.Max(limits.MaxPathHops, limits.MaxLinkageHops);

    public FieldComplexityResult Impact(FieldImpactContext field)
    {
        var isList = IsList(field.FieldDefinition.ResolvedType);
        if (isList && field.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
            return new FieldComplexityResult(1, IntrospectionSizes(field.ValidationContext.Schema).GetValueOrDefault(field.FieldDefinition.Name, options.ListSize));
        var size = Size(field);
        var childMultiplier = size ?? (isList && !(field.Parent is { } parent && Size(parent) is not null && !IsList(parent.FieldDefinition.ResolvedType)) ? options.ListSize : 1);
        return new FieldComplexityResult(1 + Work(field), childMultiplier);
    }

    private Dictionary<string, double>? introspectionSizes;

    /// <summary>
    /// The size of each introspection list as this schema has it: all types for <c>types</c>, and for the lists every
    /// type or field has (fields, args, interfaces, ...) their average over all types or fields. Nesting such lists
    /// (the introspection bombs) is refused by <see cref="GraphQLOptions.MaxIntrospectionListDepth"/>.
    /// </summary>
    private Dictionary<string, double> IntrospectionSizes(ISchema schema)
    {
        if (introspectionSizes is { } known)
            return known;
        var types = schema.AllTypes.ToList();
        var fields = types.OfType<IComplexGraphType>().SelectMany(t => t.Fields).ToList();
        double PerType(double total) => Math.Max(1, Math.Ceiling(total / Math.Max(1, types.Count)));
        return introspectionSizes = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["types"] = types.Count,
            ["directives"] = Math.Max(1, schema.Directives.Count),
            ["fields"] = PerType(types.OfType<IObjectGraphType>().Sum(t => t.Fields.Count) + types.OfType<IInterfaceGraphType>().Sum(t => t.Fields.Count)),
            ["inputFields"] = PerType(types.OfType<IInputObjectGraphType>().Sum(t => t.Fields.Count)),
            ["interfaces"] = PerType(types.OfType<IObjectGraphType>().Sum(t => t.ResolvedInterfaces.Count)),
            ["possibleTypes"] = PerType(types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count)),
            ["enumValues"] = PerType(types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count)),
            ["args"] = Math.Max(1, Math.Ceiling(fields.Sum(f => f.Arguments?.Count ?? 0) / (double)Math.Max(1, fields.Count))),
        };
    }

    /// <summary>The size argument a field was given (or defaults to), if it has one.</summary>
    private double? Size(FieldImpactContext field)
    {
        foreach (var name in SizeArguments)
        {
            if (field.FieldDefinition.Arguments?.Find(name) is not null)
                return Math.Clamp(Number(field, name, 1), 1, name == "k" ? limits.MaxPaths : maxSize);
        }
        return null;
    }

    /// <summary>The search a question runs, beyond the fields it returns.</summary>
    private double Work(FieldImpactContext field)
    {
        if (field.ParentType is not IObjectGraphType { Name: "Query" })
            return 0;
        var hops = Math.Clamp(Number(field, "maxHops", 1), 1, maxHops);
        return field.FieldDefinition.Name switch
        {
            "shortestPath" or "allShortestPaths" => PathSearchPerHop * hops,
            "kShortestPaths" => PathSearchPerHop * hops * hops * Math.Clamp(Number(field, "k", 1), 1, limits.MaxPaths),
            "linked" => LinkageSearchPerHop * hops * hops,
            "sharedLinks" => LinkageSearchPerHop * hops * hops * Count(field, "of"),
            "export" or "network" => Scope(field),
            "sets" => SetOperand * (Count(field, "all") + Count(field, "any") + Count(field, "none")),
            "setMatrix" => SetOperand * Count(field, "operands") * Count(field, "operands"),
            "overlapMatrix" => SetOperand * Count(field, "bodies") * Count(field, "bodies"),
            "overlap" => SetOperand * Count(field, "bodies"),
            "compareSets" or "compare" or "difference" => SetOperand * 2,
            _ => 0,
        };
    }

    private double Scope(FieldImpactContext field)
    {
        var center = Value(field, "center");
        var scope = Value(field, "scope")?.ToString();
        var depth = Math.Clamp(Number(field, "depth", 1), 1, maxHops);
        return scope is null && center is null || string.Equals(scope, "Whole", StringComparison.OrdinalIgnoreCase)
            ? WholeGraph
            : EgoNetworkPerHop * depth * depth;
    }

    private static int Count(FieldImpactContext field, string name) =>
        Math.Max(1, (Value(field, name) as System.Collections.IEnumerable)?.Cast<object>().Count() ?? 0);

    /// <summary>An argument's value as given or defaulted, or null; the field's arguments may be missing altogether.</summary>
    private static object? Value(FieldImpactContext field, string name) =>
        field.Arguments is { } arguments && arguments.TryGetValue(name, out var value) ? value.Value : null;

    private static double Number(FieldImpactContext field, string name, double fallback) =>
        Value(field, name) is { } value and (int or long or double or float or decimal) ? Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };
}
