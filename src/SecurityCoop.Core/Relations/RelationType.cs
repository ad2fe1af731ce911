namespace SecurityCoop.Core.Relations;

/// <summary>The fixed vocabulary of relation types.</summary>
public enum RelationType
{
    MemberOf,
    ObserverOf,
    DialoguePartnerOf,
    ParticipatesIn,
    PartOf,
    EstablishedBy,
    SignatoryOf,
    Addresses,
    Implements,
    CooperatesWith,
    SuccessorOf,
    HeadquarteredIn,
    HeldIn,
    LocatedIn,
    HoldsPositionIn,
    DisputeWith,
    Targets,
    ActiveIn,
    LinkedTo,
}

/// <summary>Names relation types the way the dataset and Cypher spell them (<c>MEMBER_OF</c>).</summary>
public static class RelationTypes
{
    private static readonly Dictionary<string, RelationType> ByName =
        Enum.GetValues<RelationType>().ToDictionary(NameOf, t => t, StringComparer.Ordinal);

    public static IReadOnlyList<RelationType> All { get; } = Enum.GetValues<RelationType>();

    public static string NameOf(RelationType type) =>
        string.Concat(type.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();

    public static bool TryParse(string name, out RelationType type) => ByName.TryGetValue(name, out type);

    /// <summary>Relations that hold in both directions; the dataset stores their ends in id order.</summary>
    public static bool IsSymmetric(RelationType type) =>
        type is RelationType.CooperatesWith or RelationType.DisputeWith;
}
