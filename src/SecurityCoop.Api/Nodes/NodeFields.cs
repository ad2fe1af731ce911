using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Affiliations;
using SecurityCoop.Api.Conflicts;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Sources;
using SecurityCoop.Api.Timelines;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Timelines;

// The Node interface and every node type share this one field list, so the two cannot drift apart; the interface
// drops the resolvers after adding the fields, which the GQL012 analyzer cannot see.
#pragma warning disable GQL012

namespace SecurityCoop.Api.Nodes;

/// <summary>The fields every node has, shared by the Node interface and each node type.</summary>
internal static class NodeFields
{
    public static void AddCommonFields(this IComplexGraphType type)
    {
        var node = (ComplexGraphType<Node>)type;
        node.Field<NonNullGraphType<IdGraphType>>("id").Description("Stable id, prefix:slug (state:china, org:sco, mech:rats).").Resolve(c => c.Source.Id);
        node.Field<NonNullGraphType<NodeTypeEnum>>("type").Description("The kind of node.").Resolve(c => c.Source.Type);
        node.Field<NonNullGraphType<StringGraphType>>("name").Description("Name as the sources give it.").Resolve(c => c.Source.Name);
        node.Field<StringGraphType>("acronym").Description("Acronym, where the sources give one.").Resolve(c => c.Source.Acronym);
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").WithComplexityImpact(1, 3).Description("Other names the sources use.").Resolve(c => c.Source.Aliases);
        node.Field<StringGraphType>("description").Description("One neutral sentence describing the node.").Resolve(c => c.Source.Prop("description"));
        node.Field<StringGraphType>("kind").Description("Finer kind, e.g. \"permanent body\", \"treaty\", \"concept\".").Resolve(c => c.Source.Prop("kind"));
        node.Field<DateValueType>("founded").Description("Founding date, where the sources agree on one.").Resolve(c => Date(c.Source.Prop("founded")));
        node.Field<DateValueType>("date").Description("The date of an agreement, event or initiative.").Resolve(c => Date(c.Source.Prop("date")));
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("props").WithComplexityImpact(1, 5).Description("Every recorded property, as text.").Resolve(c => c.Source.Props);
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").WithComplexityImpact(1, 3).Description("What the record as a whole rests on.").Resolve(c => c.Source.Sources);
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactType>>>>("facts").WithComplexityImpact(1, 5)
            .Description("Each fact (name, acronym, each alias, each property) with the passages that support it alone.").Resolve(c => Facts.Of(c.Source));
        AddRelations(node);
        AddMemberships(node);
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline")
            .Description("This node's dated relations in date order (starts, ends, dated relations and snapshots).")
            .RelationTypesArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c =>
            {
                var filter = new RelationFilter(c.Filter<RelationType>("relationTypes"), IncludeUnestablished: c.IncludeUnestablished());
                return c.LoadNeighbours(c.Source.Id, RelationDirection.Both, filter.Types)
                    .Select(neighbours => TimelineFilter.Apply(c, TimelineBuilder.FromNeighbours(c.Source.Id, neighbours, filter)));
            });
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictType>>>>("conflicts").WithComplexityImpact(1, 2)
            .Description("Disagreements between the sources about this node.")
            .Resolve(c => c.LoadConflicts(c.Source.Id));
    }

    private static void AddRelations(ComplexGraphType<Node> node)
    {
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations")
            .Description("Every relation of this node, in relation id order.")
            .Argument<RelationDirectionEnum>("direction", "OUTGOING, INCOMING or BOTH (default).", a => a.DefaultValue = RelationDirection.Both)
            .RelationTypesArgument("types")
            .AsOfArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c =>
            {
                var facts = c.Facts();
                return c.LoadNeighbours(c.Source.Id, c.GetArgument("direction", RelationDirection.Both), c.Filter<RelationType>("types"))
                    .Select(list => (IReadOnlyList<Relation>)[.. list.Select(n => n.Relation).Where(facts.Allows)]);
            });
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NeighbourType>>>>("neighbours")
            .Description("Nodes one relation away, with the relation.")
            .Argument<RelationDirectionEnum>("direction", "OUTGOING, INCOMING or BOTH (default).", a => a.DefaultValue = RelationDirection.Both)
            .RelationTypesArgument()
            .NodeTypesArgument()
            .AsOfArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Argument<IntGraphType>("first", "At most this many, in relation id order (all when left out); neighbourCount tells how many there are.")
            .Resolve(c => NeighbourReader.Read(c, c.GetArgument("direction", RelationDirection.Both),
                c.Filter<RelationType>("relationTypes"), c.Filter<NodeType>("nodeTypes"),
                c.GetArgument<int?>("first") is { } first ? c.Bounded("first", first, c.Limits().MaxResults) : null));
        node.Field<NonNullGraphType<IntGraphType>>("neighbourCount")
            .Description("How many neighbours the same filters give, so a client can page or cap what it draws.")
            .Argument<RelationDirectionEnum>("direction", "OUTGOING, INCOMING or BOTH (default).", a => a.DefaultValue = RelationDirection.Both)
            .RelationTypesArgument()
            .NodeTypesArgument()
            .AsOfArgument()
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c => NeighbourReader.Count(c, c.GetArgument("direction", RelationDirection.Both),
                c.Filter<RelationType>("relationTypes"), c.Filter<NodeType>("nodeTypes")));
    }

    private static void AddMemberships(ComplexGraphType<Node> node)
    {
        node.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AffiliationType>>>>("memberships")
            .Description("The bodies this node belongs to: memberships, observer and partner status, participation.")
            .RolesArgument()
            .AsOfArgument()
            .Argument<BooleanGraphType>("throughOrganisations",
                "Also list bodies this node takes part in through an organisation it is a member of. Default false.", a => a.DefaultValue = false)
            .NodeTypesArgument("bodyTypes")
            .UnestablishedArgument()
            .ProvenanceArguments()
            .Resolve(c => Affiliations(c, AffiliationSide.BodiesOfMembers, c.GetArgument("throughOrganisations", false), "bodyTypes"));
    }

    /// <summary>The node's affiliations on one side under the field's role, type and fact filters: one batched store call per level.</summary>
    public static GraphQL.DataLoader.IDataLoaderResult<IReadOnlyList<Affiliation>> Affiliations(IResolveFieldContext<Node> context, AffiliationSide side,
        bool through, string typesArgument)
    {
        var filter = new AffiliationFilter(context.Filter<AffiliationRole>("roles"), context.Facts(), context.Filter<NodeType>(typesArgument));
        return context.LoadAffiliations(context.Source.Id, side, through).Select(raw => filter.Apply(raw, side));
    }

    private static DateValue? Date(string? text) => DateValue.TryParse(text, out var value) ? value : null;
}
