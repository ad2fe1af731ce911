using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Affiliations;

namespace SecurityCoop.Api.Affiliations;

/// <summary>A member's tie to a body.</summary>
public sealed class AffiliationType : ObjectGraphType<Affiliation>
{
    public AffiliationType()
    {
        Name = "Affiliation";
        Description = "A node's membership, observer or partner status, or participation in a body. When 'via' is set the node takes part " +
            "through an organisation it belongs to (a state of ASEAN at a mechanism where ASEAN as a whole takes part).";
        Field<NonNullGraphType<NodeInterface>>("member").Description("The state or body that belongs.").Resolve(c => c.Source.Member);
        Field<NonNullGraphType<NodeInterface>>("body").Description("The organisation, mechanism, initiative or event it belongs to.").Resolve(c => c.Source.Body);
        Field<NonNullGraphType<AffiliationRoleEnum>>("role").Description("The role; for an indirect affiliation, the role of the organisation it comes through.").Resolve(c => c.Source.Role);
        Field<DateValueType>("since").Description("Start of the tie (of the organisation's tie, when indirect).").Resolve(c => c.Source.Relation.Start);
        Field<DateValueType>("until").Description("End of the tie, recorded or implied by a role change.").Resolve(c => c.Source.Relation.Until);
        Field<NonNullGraphType<RelationDatingType>>("dating").Description("When the tie holds and how its dates were obtained (of the organisation's tie, when indirect; viaRelation.dating gives the member's).")
            .Resolve(c => c.Source.Relation.Dating);
        Field<NonNullGraphType<BooleanGraphType>>("direct").Description("False when the member comes in through a member organisation.").Resolve(c => c.Source.IsDirect);
        Field<NodeInterface>("via").Description("The organisation through which an indirect member takes part.").Resolve(c => c.Source.Via);
        Field<NonNullGraphType<RelationGraphType>>("relation").Description("The relation to the body (the organisation's, when indirect), with its sources.").Resolve(c => c.Source.Relation);
        Field<RelationGraphType>("viaRelation").Description("The member's relation to the organisation it comes through.").Resolve(c => c.Source.ViaRelation);
    }
}
