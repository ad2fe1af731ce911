using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Nodes;

/// <summary>An initiative.</summary>
public sealed class InitiativeType : NodeGraphType
{
    public InitiativeType()
        : base(NodeType.Initiative, "An initiative, exercise series, plan of action or concept (Peace Mission, Belt and Road, ...).")
    {
        Members("participants", "Who takes part.");
        Navigation("themes", "Themes it addresses.", RelationDirection.Outgoing, [RelationType.Addresses], [NodeType.Theme]);
    }
}

/// <summary>An event.</summary>
public sealed class EventType : NodeGraphType
{
    public EventType()
        : base(NodeType.Event, "A dated event: a summit, meeting, exercise or attack.")
    {
        Members("participants", "Who took part.");
        Navigation("heldIn", "Where it was held.", RelationDirection.Outgoing, [RelationType.HeldIn]);
    }
}

/// <summary>A theme.</summary>
public sealed class ThemeType : NodeGraphType
{
    public ThemeType()
        : base(NodeType.Theme, "A theme of security cooperation: counterterrorism, drugs, trafficking in persons, maritime security, ...")
    {
        Navigation("addressedBy", "Bodies, agreements and initiatives that address it.", RelationDirection.Incoming, [RelationType.Addresses]);
    }
}

/// <summary>A group.</summary>
public sealed class GroupType : NodeGraphType
{
    public GroupType()
        : base(NodeType.Group, "A non-state group, such as a terrorist or separatist organisation.")
    {
        Navigation("activeIn", "States where it is active.", RelationDirection.Outgoing, [RelationType.ActiveIn]);
    }
}

/// <summary>A person.</summary>
public sealed class PersonType : NodeGraphType
{
    public PersonType()
        : base(NodeType.Person, "A person who holds a position in an organisation or mechanism.")
    {
        Navigation("positions", "Positions held.", RelationDirection.Outgoing, [RelationType.HoldsPositionIn]);
    }
}

/// <summary>A place.</summary>
public sealed class PlaceType : NodeGraphType
{
    public PlaceType()
        : base(NodeType.Place, "A city or region.")
    {
        Navigation("locatedIn", "The state it lies in.", RelationDirection.Outgoing, [RelationType.LocatedIn]);
        Navigation("events", "Events held here.", RelationDirection.Incoming, [RelationType.HeldIn]);
    }
}
