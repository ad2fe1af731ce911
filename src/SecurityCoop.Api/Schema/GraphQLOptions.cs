namespace SecurityCoop.Api.Schema;

/// <summary>Limits on GraphQL requests and documents, bound from the <c>GraphQL</c> section; each refusal has its own code.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Largest POST body, in bytes, however it is sent (declared length or chunked): BODY_TOO_LARGE, 413.</summary>
    public int MaxBodyBytes { get; set; } = 1 << 20;

    /// <summary>Longest document, in characters: DOCUMENT_TOO_LARGE.</summary>
    public int MaxDocumentLength { get; set; } = 32_768;

    /// <summary>Most lexical tokens (names, punctuation, values) a document may have: TOO_MANY_TOKENS.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Most aliased fields an operation may run, a fragment counting once per spread: TOO_MANY_ALIASES.</summary>
    public int MaxAliases { get; set; } = 50;

    /// <summary>Most fragment definitions a document may have: TOO_MANY_FRAGMENTS.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>Most directives an operation may apply, through fragments: TOO_MANY_DIRECTIVES.</summary>
    public int MaxDirectives { get; set; } = 50;

    /// <summary>Deepest selection nesting, introspection and fragments included: TOO_DEEP.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Deepest nesting of introspection lists (types, fields, interfaces, possibleTypes, ...): INTROSPECTION_TOO_DEEP.</summary>
    public int MaxIntrospectionListDepth { get; set; } = 3;

    /// <summary>Largest cost a document may have under the cost model (docs/cost-model.md): COMPLEXITY.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>Expected number of items in a list field that has no size argument, used to estimate cost.</summary>
    public int ListSize { get; set; } = 20;

    /// <summary>Longest a request may run, parsing, validation and execution included: TIMEOUT. Cancelled also when the client goes away.</summary>
    /// <summary>Total length, in characters, of the validated documents kept parsed for reuse; 0 turns the cache off.</summary>
    public int DocumentCacheChars { get; set; } = 4_000_000;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether introspection (__schema, __type) is answered: INTROSPECTION_DISABLED when not.</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>Whether GET /graphql from a browser serves GraphiQL.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary>Total length of the automatic persisted queries kept by hash (oldest out first); 0 turns them off.</summary>
    public int PersistedQueryChars { get; set; } = 4_000_000;

    /// <summary>
    /// A persisted query manifest (Apollo's <c>apollo-persisted-query-manifest</c> JSON: operations with id, the SHA-256
    /// of the body, and body). With <see cref="PersistedQueriesOnly"/> only its operations run.
    /// </summary>
    public string? PersistedQueryManifest { get; set; }

    /// <summary>Production mode: run only the manifest's operations, by hash or by their exact text.</summary>
    public bool PersistedQueriesOnly { get; set; }
}
