using GraphQL.Types;
using SecurityCoop.Core.Dates;

namespace SecurityCoop.Api.Dates;

/// <summary>GraphQL input for a <see cref="DateRange"/>.</summary>
public sealed class DateRangeInputType : InputObjectGraphType<DateRange>
{
    public DateRangeInputType()
    {
        Name = "DateRange";
        Description = "A range of dates, either end open; partial dates compare at their common precision (2005-03 lies in a range from 2005).";
        Field<PartialDateGraphType>("from").Description("The earliest date in the range; open when left out.");
        Field<PartialDateGraphType>("to").Description("The latest date in the range; open when left out.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new DateRange(value.TryGetValue("from", out var from) ? (PartialDate?)from : null, value.TryGetValue("to", out var to) ? (PartialDate?)to : null);
}
