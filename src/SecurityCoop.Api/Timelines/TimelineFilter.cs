using GraphQL;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Api.Timelines;

/// <summary>The documents and start-range filters of a timeline field, applied to the entries the store gives.</summary>
internal static class TimelineFilter
{
    public static IReadOnlyList<TimelineEntry> Apply(IResolveFieldContext context, IReadOnlyList<TimelineEntry> entries)
    {
        var facts = new FactFilter(IncludeUnestablished: true, Documents: context.Filter<string>("documents"), Since: context.DateRange("since"));
        return [.. entries.Where(e => facts.Allows(e.Relation))];
    }
}
