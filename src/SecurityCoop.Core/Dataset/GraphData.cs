using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;

namespace SecurityCoop.Core.Dataset;

/// <summary>The whole dataset in memory: what every store is loaded from.</summary>
/// <param name="Documents">The catalogue of the documents the sources cite.</param>
/// <param name="Texts">The kept texts of cited documents, by document id: where a store may read quotes back from.</param>
public sealed record GraphData(IReadOnlyList<Node> Nodes, IReadOnlyList<Relation> Relations, IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<SourceDocument>? Documents = null, IReadOnlyDictionary<string, DocumentText>? Texts = null)
{
    public static GraphData Empty { get; } = new([], [], []);

    /// <summary>
    /// The relations as every store holds them: with the ends role changes (<see cref="RoleChanges"/>) and successors in
    /// office (<see cref="OfficeSuccession"/>) imply, and their dates under the lifetime rules (<see cref="Lifetimes"/>).
    /// </summary>
    public IReadOnlyList<Relation> DatedRelations() =>
        Lifetimes.Apply(Nodes, OfficeSuccession.ApplyImpliedEnds(RoleChanges.ApplyImpliedEnds(Relations)));

    /// <summary>The catalogue; empty when the data names none.</summary>
    public IReadOnlyList<SourceDocument> Catalogue => Documents ?? [];
}
