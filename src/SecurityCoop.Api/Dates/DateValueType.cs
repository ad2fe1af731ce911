using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Dates;

namespace SecurityCoop.Api.Dates;

/// <summary>A date as the sources give it.</summary>
public sealed class DateValueType : ObjectGraphType<DateValue>
{
    public DateValueType()
    {
        Name = "DateValue";
        Description = "A date as the sources give it: a partial date or a span, with its precision and the text as recorded.";
        Field<NonNullGraphType<StringGraphType>>("text").Description("The date as recorded, e.g. \"2016-06\" or \"1995/1996\".").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<PartialDateGraphType>>("start").Description("The start (the whole date unless it is a span).").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<PartialDateGraphType>>("end").Description("The end of a span; equal to start otherwise.").Resolve(c => c.Source.End);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The start's year.").Resolve(c => c.Source.Start.Year);
        Field<NonNullGraphType<DatePrecisionEnum>>("precision").Description("How much of the start date is known.").Resolve(c => c.Source.Start.Precision);
    }
}
