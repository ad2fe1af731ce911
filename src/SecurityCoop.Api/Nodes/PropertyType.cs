using GraphQL.Types;

namespace SecurityCoop.Api.Nodes;

/// <summary>One recorded property of a node or relation.</summary>
public sealed class PropertyType : ObjectGraphType<KeyValuePair<string, string>>
{
    public PropertyType()
    {
        Name = "Property";
        Description = "A property as the dataset records it (founded, kind, headquarters, note, figures, ...), as text.";
        Field<NonNullGraphType<StringGraphType>>("key").Description("Property name, e.g. \"founded\".").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Description("Property value as text.").Resolve(c => c.Source.Value);
    }
}
