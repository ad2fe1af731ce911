using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Dates;
using SecurityCoop.Api.Nodes;
using SecurityCoop.Api.Relations;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Sources;
using SecurityCoop.Core.Conflicts;

namespace SecurityCoop.Api.Conflicts;

/// <summary>A disagreement between the sources.</summary>
public sealed class ConflictType : ObjectGraphType<Conflict>
{
    public ConflictType()
    {
        Name = "Conflict";
        Description = "Passages of the sources that disagree (on a date, a member list, a description). Every side is kept with its sources.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Stable conflict id, conflict:slug.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NodeInterface>>("subject").Description("The node the disagreement is about.")
            .Resolve(c => c.LoadNode(c.Source.Subject));
        Field<NonNullGraphType<StringGraphType>>("about").Description("What is disputed, e.g. \"founding year\".").Resolve(c => c.Source.About);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConflictClaimType>>>>("claims").WithComplexityImpact(1, 3).Description("The competing claims.").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<ClaimKindEnum>>("kind").Description("NODES when every claim is a set of nodes, DATE when every claim is a date, else TEXT.").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("shared").WithComplexityImpact(1, 5)
            .Description("For a set-valued conflict, the nodes every claim includes (what is not disputed); empty otherwise.")
            .Resolve(c => Nodes(c, c.Source.Shared));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("disputed").WithComplexityImpact(1, 5)
            .Description("For a set-valued conflict, the nodes some claims include and others leave out; empty otherwise.")
            .Resolve(c => Nodes(c, c.Source.Disputed));
        Field<StringGraphType>("kept").Description("The value the dataset keeps on the subject, where one side is better attested.").Resolve(c => c.Source.Kept);
        Field<StringGraphType>("note").Description("Curator's explanation.").Resolve(c => c.Source.Note);
    }

    /// <summary>Nodes by id, fetched with every other node their sibling fields ask for.</summary>
    internal static GraphQL.DataLoader.IDataLoaderResult Nodes(IResolveFieldContext context, IReadOnlyList<string> ids) =>
        ids.Select(context.LoadNode).ToList().All().Select(nodes => (IReadOnlyList<SecurityCoop.Core.Nodes.Node>)[.. nodes.OfType<SecurityCoop.Core.Nodes.Node>()]);
}

/// <summary>One side of a conflict.</summary>
public sealed class ConflictClaimType : ObjectGraphType<ConflictClaim>
{
    public ConflictClaimType()
    {
        Name = "ConflictClaim";
        Description = "One side of a conflict: its value, the passages that state it, and the relations that record it.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("The claimed value, e.g. \"2004\".").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ClaimKindEnum>>("kind").Description("DATE, NODES or TEXT.").Resolve(c => c.Source.Kind);
        Field<DateValueType>("date").Description("The value as a date, when it is one.").Resolve(c => c.Source.Date);
        Field<ListGraphType<NonNullGraphType<NodeInterface>>>("nodes").WithComplexityImpact(1, 5).Description("For a claim that is a set of nodes (the members a passage lists), the nodes; null otherwise.")
            .Resolve(c => c.Source.Nodes is { } ids ? ConflictType.Nodes(c, ids) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceType>>>>("sources").WithComplexityImpact(1, 3).Description("Passages stating this claim.").Resolve(c => c.Source.Sources);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").WithComplexityImpact(1, 3).Description("Relations in the graph that record this claim.")
            .Resolve(c => c.Source.Relations.Select(c.LoadRelation).ToList().All().Select(edges => (IReadOnlyList<SecurityCoop.Core.Relations.Relation>)[.. edges.OfType<SecurityCoop.Core.Relations.Relation>()]));
    }
}

/// <summary>GraphQL enum for <see cref="ClaimKind"/>.</summary>
public sealed class ClaimKindEnum : EnumerationGraphType<ClaimKind>
{
    public ClaimKindEnum()
    {
        Name = "ClaimKind";
        Description = "What a conflict claim's value is: a date, a set of nodes, or text.";
    }
}
