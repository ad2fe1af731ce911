using GraphQL.Types;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Api.Sources;

/// <summary>GraphQL shape of <see cref="Fact"/>.</summary>
public sealed class FactType : ObjectGraphType<Fact>
{
    public FactType()
    {
        Name = "Fact";
        Description = "One fact of a record (its name, acronym, an alias, a property) with the passages that support that fact alone. " +
            "An empty list means the record names none for it: the record's own sources are what it rests on.";
        Field(f => f.Key).Description("name, acronym, alias, or the property's name (founded, since, role, ...).");
        Field(f => f.Value).Description("The value as text.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").Description("The passages that state this fact.").Resolve(c => c.Source.Sources);
    }
}
