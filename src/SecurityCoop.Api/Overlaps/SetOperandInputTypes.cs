using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Overlaps;

/// <summary>An operand as the caller wrote it; <see cref="OperandReader"/> turns it into a checked operand.</summary>
public sealed record OperandInput(IDictionary<string, object?> Fields);

/// <summary>GraphQL input for one set operand: exactly one of affiliates, neighbours or ids.</summary>
public sealed class SetOperandInputType : InputObjectGraphType<OperandInput>
{
    public SetOperandInputType()
    {
        Name = "SetOperand";
        Description = "One set of nodes: give exactly one of 'affiliates', 'neighbours' or 'ids'. Each operand has its own filters.";
        Field<AffiliatesOperandInputType>("affiliates").Description("The members, observers, partners or participants of a body.");
        Field<NeighboursOperandInputType>("neighbours").Description("The nodes one relation away from a node, over given relation types.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("A literal list of node ids.");
        Field<StringGraphType>("label").Description("A name for this operand; answers and errors use it.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new OperandInput(value);
}

/// <summary>GraphQL input for the affiliates of a body.</summary>
public sealed class AffiliatesOperandInputType : InputObjectGraphType
{
    public AffiliatesOperandInputType()
    {
        Name = "AffiliatesOperand";
        Description = "The affiliates of a body, under this operand's own role, date, status, type and provenance filters.";
        Field<NonNullGraphType<IdGraphType>>("body").Description("The organisation, mechanism, initiative or event, e.g. \"mech:arf\".");
        Field<ListGraphType<NonNullGraphType<AffiliationRoleEnum>>>("roles").Description("Only these roles; default FOUNDING_MEMBER, MEMBER and PARTICIPANT. MEMBER also matches founding members.");
        Field<PartialDateGraphType>("asOf").Description("Only ties that hold at the end of this year, month or day.");
        Field<BooleanGraphType>("throughMembers").Description("Count the members of member organisations, marked with 'via'. Default false.");
        Field<ListGraphType<NonNullGraphType<NodeTypeEnum>>>("memberTypes").Description("Only affiliates of these types.");
        Field<BooleanGraphType>("includeUnestablished").Description("Also count ties with a status (proposed, planned, ...). Default false.");
        ProvenanceFields(this);
    }

    /// <summary>The documents and since fields both operand kinds share.</summary>
    internal static void ProvenanceFields(InputObjectGraphType type)
    {
        type.Field<ListGraphType<NonNullGraphType<StringGraphType>>>("documents").Description("Only facts one of these source documents reports.");
        type.Field<DateRangeInputType>("since").Description("Only ties whose start falls in this range; undated ties fall in none.");
    }
}

/// <summary>GraphQL input for the neighbours of a node.</summary>
public sealed class NeighboursOperandInputType : InputObjectGraphType
{
    public NeighboursOperandInputType()
    {
        Name = "NeighboursOperand";
        Description = "The nodes one relation away from a node, e.g. the themes RATS ADDRESSES, under this operand's own filters.";
        Field<NonNullGraphType<IdGraphType>>("node").Description("The node whose neighbours to take, e.g. \"mech:rats\".");
        Field<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes").Description("Only these relation types; all when left out.");
        Field<RelationDirectionEnum>("direction").Description("OUTGOING (from the node), INCOMING or BOTH (default).");
        Field<ListGraphType<NonNullGraphType<NodeTypeEnum>>>("nodeTypes").Description("Only neighbours of these types.");
        Field<PartialDateGraphType>("asOf").Description("Only relations that hold at the end of this year, month or day.");
        Field<BooleanGraphType>("includeUnestablished").Description("Also count relations with a status (proposed, planned, ...). Default false.");
        AffiliatesOperandInputType.ProvenanceFields(this);
    }
}
