namespace SecurityCoop.Core.Nodes;

/// <summary>The kinds of thing the graph holds; each has a fixed id prefix.</summary>
public enum NodeType
{
    State,
    Organisation,
    Mechanism,
    Agreement,
    Initiative,
    Event,
    Theme,
    Group,
    Person,
    Place,
}

/// <summary>Maps node types to and from their id prefixes (<c>state:</c>, <c>org:</c>, ...).</summary>
public static class NodeTypes
{
    private static readonly Dictionary<NodeType, string> Prefixes = new()
    {
        [NodeType.State] = "state",
        [NodeType.Organisation] = "org",
        [NodeType.Mechanism] = "mech",
        [NodeType.Agreement] = "doc",
        [NodeType.Initiative] = "init",
        [NodeType.Event] = "event",
        [NodeType.Theme] = "theme",
        [NodeType.Group] = "group",
        [NodeType.Person] = "person",
        [NodeType.Place] = "place",
    };

    public static IReadOnlyList<NodeType> All { get; } = Enum.GetValues<NodeType>();

    public static string PrefixOf(NodeType type) => Prefixes[type];

    /// <summary>A node type by its name (<c>State</c>; any case with <paramref name="ignoreCase"/>); never by its number.</summary>
    public static bool TryParse(string text, out NodeType type, bool ignoreCase = false)
    {
        type = default;
        return text.Length > 0 && char.IsLetter(text[0]) && Enum.TryParse(text, ignoreCase, out type) && Enum.IsDefined(type);
    }

    /// <summary>The type an id's prefix names, or null when the prefix is unknown.</summary>
    public static NodeType? FromId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return null;
        var prefix = id[..colon];
        foreach (var (type, p) in Prefixes)
        {
            if (p == prefix)
                return type;
        }
        return null;
    }
}
