using GraphQL.Types;
using GraphQLParser.AST;
using SecurityCoop.Core.Dates;

namespace SecurityCoop.Api.Dates;

/// <summary>A date at the precision the caller knows: "2016", "2016-06" or "2016-06-15"; a bare year may be an Int.</summary>
public sealed class PartialDateGraphType : ScalarGraphType, Schema.ISpecifiedByUrl
{
    /// <summary>W3C's profile of ISO 8601, whose year, year-month and complete-date granularities are exactly these forms.</summary>
    public string SpecifiedByUrl => "https://www.w3.org/TR/NOTE-datetime";

    public const string TypeName = "PartialDate";

    public const string Hint = "Write a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. \"2016\" or \"2016-06\", or a year as an Int.";

    public PartialDateGraphType()
    {
        Name = TypeName;
        Description = "A date at year, month or day precision: \"2016\", \"2016-06\" or \"2016-06-15\" (a year may also be given as an Int). " +
            "Partial dates compare at the coarser precision of the two.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLIntValue i => Parse((string)i.Value),
        _ => throw Invalid(value.Kind.ToString()),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        int or long or short => Parse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        PartialDate d => d,
        _ => throw Invalid(KindOf(value)),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        PartialDate d => d.ToString(),
        string s => s,
        _ => throw new InvalidOperationException($"Cannot serialise {value.GetType().Name} as a PartialDate."),
    };

    private static PartialDate Parse(string text) =>
        PartialDate.TryParse(text, out var date)
            ? date
            : throw new BadDateException($"'{text}' is not a date. {Hint}");

    /// <summary>What a variable's value is, in JSON's words rather than .NET's.</summary>
    private static string KindOf(object value) => value switch
    {
        bool => "a boolean",
        double or float or decimal => "a fractional number",
        System.Collections.IDictionary or IReadOnlyDictionary<string, object?> => "an object",
        System.Collections.IEnumerable => "a list",
        _ => "this value",
    };

    private static BadDateException Invalid(string kind) =>
        new($"A PartialDate is a string such as \"2016-06\" or an Int year, not {kind}.");
}

/// <summary>A date argument that does not parse; its message says how to write one.</summary>
public sealed class BadDateException(string message) : FormatException(message)
{
}
