using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Sources;
using SecurityCoop.Core.Relations;

using SecurityCoop.Core.Sources;

namespace SecurityCoop.Api.Relations;

/// <summary>A relation (edge) between two nodes.</summary>
public sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A relation between two nodes, from the fixed vocabulary, with its dates, qualifiers and sources.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable relation id, rel:<type>:<from>:<to>[:<date>][:<status>].").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Description("Relation type.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<NodeInterface>>("from").Description("The node the relation points from.")
            .Resolve(c => c.LoadNode(c.Source.From));
        Field<NonNullGraphType<NodeInterface>>("to").Description("The node the relation points to.")
            .Resolve(c => c.LoadNode(c.Source.To));
        Field<StringGraphType>("role").Description("Role, e.g. founding, full or acceding on MEMBER_OF; signed or adopted on SIGNATORY_OF.").Resolve(c => c.Source.Role);
        Field<StringGraphType>("status").Description("Set when the relation is not an established fact: proposed, planned, agreed, ... Such relations are left out unless includeUnestablished is true.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("established").Description("False when the relation has a status (proposed, planned, ...).").Resolve(c => c.Source.IsEstablished);
        Field<StringGraphType>("evidence").Description("Set when the text only implies the relation (implied, name, title).").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<BooleanGraphType>>("weak").Description("True for LINKED_TO, the untyped link that path and linkage questions can exclude.").Resolve(c => c.Source.IsWeak);
        Field<DateValueType>("since").Description("When the relation began.").Resolve(c => c.Source.Since);
        Field<DateValueType>("until").Description("When it ended: as recorded, or implied by a role change or a successor in the same office (see endedBy).").Resolve(c => c.Source.Until);
        Field<RelationGraphType>("endedBy").Description("The relation whose start ended this one, when the end is implied (an observer who became a member).")
            .Resolve(c => c.Source.EndedBy is { } id ? c.LoadRelation(id) : null);
        Field<DateValueType>("date").Description("The date of a one-off relation (a signature, a meeting).").Resolve(c => c.Source.Date);
        Field<DateValueType>("asOf").Description("Snapshot date: the relation is stated true at this date and not known before it.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<RelationDatingType>>("dating").Description("When the relation holds under the lifetime rules, and how each bound was obtained.").Resolve(c => c.Source.Dating);
        Field<StringGraphType>("how").Description("How the nodes are linked, as a short phrase (mostly on LINKED_TO).").Resolve(c => c.Source.Prop("how"));
        Field<StringGraphType>("note").Description("Curator's note.").Resolve(c => c.Source.Prop("note"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("props").WithComplexityImpact(1, 5).Description("Every recorded property.").Resolve(c => c.Source.Props);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").WithComplexityImpact(1, 3).Description("Where the relation is stated.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts").WithComplexityImpact(1, 5)
            .Description("Each property (role, since, until, status, ...) with the passages that support it alone.").Resolve(c => Facts.Of(c.Source));
    }
}
