using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Relations;

/// <summary>GraphQL shape of <see cref="RelationDating"/>.</summary>
public sealed class RelationDatingType : ObjectGraphType<RelationDating>
{
    public RelationDatingType()
    {
        Name = "RelationDating";
        Description = "When a relation holds under the lifetime rules, and how each bound was obtained: stated by a source, a snapshot, " +
            "implied by a role change, bounded by an end's lifetime, the date of the event it is about, or unknown.";
        Field<DateValueType>("start").Description("From when it holds; null when nothing bounds it.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<DateBasisEnum>>("startBasis").Description("How the start was obtained.").Resolve(c => c.Source.StartBasis);
        Field<DateValueType>("until").Description("When it stops holding; null when nothing bounds it.").Resolve(c => c.Source.Until);
        Field<NonNullGraphType<DateBasisEnum>>("untilBasis").Description("How the end was obtained.").Resolve(c => c.Source.UntilBasis);
        Field<DateValueType>("at").Description("For a relation to a dated event: the date (or span) at which alone it holds.").Resolve(c => c.Source.Last);
    }
}

/// <summary>GraphQL enum for <see cref="DateBasis"/>.</summary>
public sealed class DateBasisEnum : EnumerationGraphType<DateBasis>
{
    public DateBasisEnum()
    {
        Name = "DateBasis";
        Description = "How a relation's start or end was obtained.";
    }
}
