using SecurityCoop.Core.Dates;

namespace SecurityCoop.Core.Nodes;

/// <summary>
/// When a node exists: a body from its founding (<c>founded</c>, <c>established</c>, else its <c>first_meeting</c> or
/// <c>since</c>) to its dissolution (<c>dissolved</c>); an agreement or initiative from its <c>date</c> or <c>since</c>; an event only at its
/// <c>date</c> (a day, a month, a year or a span). Either bound may be unknown.
/// </summary>
public sealed record Lifetime(DateValue? Start, DateValue? End, bool IsEvent)
{
    public static Lifetime Unknown { get; } = new(null, null, false);

    public static Lifetime Of(Node node)
    {
        if (node.Type == NodeType.Event && Date(node, "date") is { } date)
            return new Lifetime(date, date, true);
        var start = Date(node, "founded") ?? Date(node, "established") ?? Date(node, "first_meeting") ?? Date(node, "since")
            ?? (node.Type is NodeType.Agreement or NodeType.Initiative ? Date(node, "date") : null);
        return new Lifetime(start, Date(node, "dissolved"), false);
    }

    private static DateValue? Date(Node node, string key) => DateValue.TryParse(node.Prop(key), out var value) ? value : null;
}
