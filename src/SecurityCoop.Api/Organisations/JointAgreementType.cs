using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Organisations;

/// <summary>An agreement a body signed together with others, and who the others are.</summary>
public sealed record JointAgreement(Node Agreement, IReadOnlyList<Node> Partners, IReadOnlyList<Relation> Relations);

/// <summary>GraphQL shape of <see cref="JointAgreement"/>.</summary>
public sealed class JointAgreementType : ObjectGraphType<JointAgreement>
{
    public JointAgreementType()
    {
        Name = "JointAgreement";
        Description = "An agreement signed by this body together with others (e.g. the 2005 SCO-ASEAN MOU), with the co-signatories.";
        Field<NonNullGraphType<NodeInterface>>("agreement").Description("The agreement.").Resolve(c => c.Source.Agreement);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("partners").Description("The other signatories of the kinds asked for.").Resolve(c => c.Source.Partners);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Description("Every SIGNATORY_OF relation to the agreement, with sources.").Resolve(c => c.Source.Relations);
    }
}

/// <summary>
/// Reads joint agreements in two batched reads shared by every organisation on the page: the bodies' signatures, then
/// every signature of those agreements with the signatories. So a page of organisations costs two store calls, not two each.
/// </summary>
internal static class JointAgreementReader
{
    private static readonly HashSet<RelationType> Signatures = [RelationType.SignatoryOf];

    public static IDataLoaderResult Read(IResolveFieldContext<Node> context, IReadOnlySet<NodeType> partnerTypes)
    {
        var self = context.Source.Id;
        var facts = context.Facts();
        return context.LoadNeighbours(self, RelationDirection.Outgoing, Signatures).Then(signed =>
        {
            var agreements = signed.Where(n => facts.Allows(n.Relation)).Select(n => n.Node).DistinctBy(n => n.Id).ToList();
            return agreements.Select(a => context.LoadNeighbours(a.Id, RelationDirection.Incoming, Signatures)).ToList().All().Select(signatures =>
                (IReadOnlyList<JointAgreement>)[.. agreements
                    .Select((agreement, i) =>
                    {
                        var held = signatures[i].Where(n => facts.Allows(n.Relation)).ToList();
                        return new JointAgreement(agreement,
                            [.. held.Select(n => n.Node).Where(n => n.Id != self && partnerTypes.Contains(n.Type)).DistinctBy(n => n.Id)],
                            [.. held.Select(n => n.Relation)]);
                    })
                    .Where(a => a.Partners.Count > 0)]);
        });
    }
}
