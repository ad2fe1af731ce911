using System.Globalization;

namespace SecurityCoop.Core.Exports;

/// <summary>The value types the exports declare for an attribute: XML types, JSON numbers and booleans.</summary>
internal enum AttributeKind
{
    Boolean,
    Int,
    Long,
    Double,
    String,
}

internal static class AttributeKinds
{
    /// <summary>
    /// The narrowest kind that writes <paramref name="value"/> back exactly as given, so typing an attribute never
    /// changes its text: "2001" is an int, "14300000000" a long, "02001" and "1.50" stay strings.
    /// </summary>
    public static AttributeKind Of(string value)
    {
        if (value is "true" or "false")
            return AttributeKind.Boolean;
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            && whole.ToString(CultureInfo.InvariantCulture) == value)
            return whole is >= int.MinValue and <= int.MaxValue ? AttributeKind.Int : AttributeKind.Long;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && double.IsFinite(real) && real.ToString("R", CultureInfo.InvariantCulture) == value)
            return AttributeKind.Double;
        return AttributeKind.String;
    }

    /// <summary>The kind that holds values of both kinds: ints widen to longs, whole numbers to doubles, anything else mixed is a string.</summary>
    public static AttributeKind Merge(AttributeKind a, AttributeKind b) => (a, b) switch
    {
        _ when a == b => a,
        (AttributeKind.Int, AttributeKind.Long) or (AttributeKind.Long, AttributeKind.Int) => AttributeKind.Long,
        (AttributeKind.Int or AttributeKind.Long, AttributeKind.Double) or (AttributeKind.Double, AttributeKind.Int or AttributeKind.Long) => AttributeKind.Double,
        _ => AttributeKind.String,
    };

    /// <summary>The kind every value of each property shares, by property key, over all the given elements' properties.</summary>
    public static IReadOnlyDictionary<string, AttributeKind> OfProperties(
        IEnumerable<IReadOnlyDictionary<string, string>> elements, CancellationToken cancellationToken)
    {
        var kinds = new Dictionary<string, AttributeKind>(StringComparer.Ordinal);
        foreach (var properties in elements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (key, value) in properties)
                Include(kinds, key, value);
        }
        return kinds;
    }

    /// <summary>Widens the kind kept under <paramref name="name"/> so it also holds <paramref name="value"/>.</summary>
    public static void Include(IDictionary<string, AttributeKind> kinds, string name, string value) =>
        kinds[name] = kinds.TryGetValue(name, out var seen) ? Merge(seen, Of(value)) : Of(value);
}
