using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Sources;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Dataset;

/// <summary>What the store holds.</summary>
internal static class DatasetQueries
{
    public static void AddDatasetQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<DatasetSummaryType>>("dataset")
            .Description("Counts of what the graph holds, by node and relation type.")
            .ResolveAsync(async c => await c.Store().StatisticsAsync(c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SourceDocumentType>>>>("documents")
            .Description("The catalogue of the documents the sources cite: the values the 'documents' filters take, with title, authors and year.")
            .ResolveAsync(async c => await c.Store().GetDocumentsAsync(null, c.CancellationToken));
    }
}

/// <summary>GraphQL shape of <see cref="GraphStatistics"/>.</summary>
public sealed class DatasetSummaryType : ObjectGraphType<GraphStatistics>
{
    public DatasetSummaryType()
    {
        Name = "DatasetSummary";
        Description = "How many nodes, relations and conflicts the graph holds.";
        Field<NonNullGraphType<IntGraphType>>("nodeCount").Description("All nodes.").Resolve(c => c.Source.NodesByType.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("relationCount").Description("All relations.").Resolve(c => c.Source.RelationsByType.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("conflictCount").Description("Recorded disagreements between the sources.").Resolve(c => c.Source.Conflicts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("nodesByType").Description("Nodes per type.")
            .Resolve(c => c.Source.NodesByType.OrderBy(p => p.Key).Select(p => new TypeCount(p.Key.ToString(), p.Value)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("relationsByType").Description("Relations per type.")
            .Resolve(c => c.Source.RelationsByType.OrderBy(p => p.Key).Select(p => new TypeCount(SecurityCoop.Core.Relations.RelationTypes.NameOf(p.Key), p.Value)));
    }

}

/// <summary>A count for one type.</summary>
public sealed record TypeCount(string Type, int Count);

/// <summary>GraphQL shape of <see cref="TypeCount"/>.</summary>
public sealed class TypeCountType : ObjectGraphType<TypeCount>
{
    public TypeCountType()
    {
        Name = "TypeCount";
        Description = "How many of one type.";
        Field(t => t.Type).Description("The node or relation type.");
        Field(t => t.Count).Description("How many.");
    }
}
