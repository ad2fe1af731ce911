using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Edges;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Schema;
using SecurityCoop.Edges;
using SecurityCoop.Nodes;

namespace SecurityCoop.Api.Organisations;

/// <summary>An agreement a body signed together with others, and who the others are.</summary>
public sealed record JointAgreement(Node Agreement, IReadOnlyList<Node> Partners, IReadOnlyList<Edge> Relations);

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

/// <summary>Reads joint agreements in two batched store calls: this body's signatures, then every signature of those agreements.</summary>
internal static class JointAgreementReader
{
    private static readonly HashSet<RelationType> Signatures = [RelationType.SignatoryOf];

    public static async Task<IReadOnlyList<JointAgreement>> ReadAsync(IResolveFieldContext<Node> context, IReadOnlySet<NodeType> partnerTypes)
    {
        var store = context.Store();
        var self = context.Source.Id;
        var signed = (await store.GetEdgesAsync(new EdgeQuery([self], EdgeDirection.Outgoing, Signatures, context.AsOf(), context.IncludeUnestablished()), context.CancellationToken))[self];
        var agreementIds = signed.Select(e => e.To).Distinct().ToList();
        var signatures = await store.GetEdgesAsync(new EdgeQuery(agreementIds, EdgeDirection.Incoming, Signatures, context.AsOf(), context.IncludeUnestablished()), context.CancellationToken);
        var nodes = (await store.GetNodesAsync([.. agreementIds.Concat(signatures.Values.SelectMany(s => s.Select(e => e.From))).Distinct()], context.CancellationToken))
            .ToDictionary(n => n.Id, StringComparer.Ordinal);
        return [.. agreementIds
            .Select(id => new JointAgreement(nodes[id],
                [.. signatures[id].Select(e => nodes[e.From]).Where(n => n.Id != self && partnerTypes.Contains(n.Type)).DistinctBy(n => n.Id)],
                signatures[id]))
            .Where(a => a.Partners.Count > 0)];
    }
}
