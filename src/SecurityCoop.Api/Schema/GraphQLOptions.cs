namespace SecurityCoop.Api.Schema;

/// <summary>Limits on GraphQL documents, bound from the <c>GraphQL</c> section.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting a document may have.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest estimated cost a document may have.</summary>
    public int MaxComplexity { get; set; } = 5000;
}
