namespace SecurityCoop.Api.Schema;

/// <summary>Limits on GraphQL documents, bound from the <c>GraphQL</c> section.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting a document may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest estimated cost a document may have: each field costs 1, times the expected size of every list above it.</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Expected number of items in a list field, used to estimate cost.</summary>
    public int ListSize { get; set; } = 20;
}
