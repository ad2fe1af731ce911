using System.Globalization;

namespace SecurityCoop.Core.Exports;

/// <summary>The value types the XML formats can declare for an attribute.</summary>
internal enum AttributeKind
{
    Boolean,
    Int,
    Double,
    String,
}

internal static class AttributeKinds
{
    /// <summary>
    /// The narrowest kind that writes <paramref name="value"/> back exactly as given, so typing an attribute never
    /// changes its text: "2001" is an int, "02001" and "1.50" stay strings.
    /// </summary>
    public static AttributeKind Of(string value)
    {
        if (value is "true" or "false")
            return AttributeKind.Boolean;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            && whole.ToString(CultureInfo.InvariantCulture) == value)
            return AttributeKind.Int;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real)
            && double.IsFinite(real) && real.ToString("R", CultureInfo.InvariantCulture) == value)
            return AttributeKind.Double;
        return AttributeKind.String;
    }

    /// <summary>The kind that holds values of both kinds: ints widen to doubles, anything else mixed is a string.</summary>
    public static AttributeKind Merge(AttributeKind a, AttributeKind b) => (a, b) switch
    {
        _ when a == b => a,
        (AttributeKind.Int, AttributeKind.Double) or (AttributeKind.Double, AttributeKind.Int) => AttributeKind.Double,
        _ => AttributeKind.String,
    };
}
