using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// Documents that passed the request limits and validated, kept parsed, keyed by their text and operation name, so a
/// repeated request skips the guard, the parser and the static validation rules. The variables still go through
/// GraphQL.NET's coercion and argument parsing, and every rule that is not one of its core rules (the cost analyzer,
/// whose estimate depends on the variables) still runs on each request. Bounded by the total length of the documents
/// it holds (<see cref="GraphQLOptions.DocumentCacheChars"/>); the least recently used go first.
/// </summary>
internal sealed class DocumentCache(GraphQLOptions options) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = Math.Max(1, options.DocumentCacheChars), CompactionPercentage = 0.25 });

    /// <summary>The user-context key under which a request whose document came from the cache keeps its <see cref="Entry"/>.</summary>
    public const string EntryKey = "securitycoop.cached";

    /// <param name="Cost">The estimated cost, kept when the operation has no variables: then it depends on the text alone.</param>
    public sealed record Entry(GraphQLDocument Document, GraphQLOperationDefinition? Operation, object? Cost)
    {
        public bool CostIsStatic => Cost is not null && (Operation?.Variables?.Items.Count ?? 0) == 0;
    }

    private sealed record Key(string Query, string? OperationName);

    public Entry? Find(string query, string? operationName) =>
        options.DocumentCacheChars > 0 && cache.TryGetValue(new Key(query, operationName), out Entry? entry) ? entry : null;

    /// <summary>Keeps a document that has just been validated and run.</summary>
    public void Remember(string query, string? operationName, GraphQLDocument document, GraphQLOperationDefinition? operation, object? cost)
    {
        if (options.DocumentCacheChars > 0 && query.Length < options.DocumentCacheChars)
            cache.Set(new Key(query, operationName), new Entry(document, operation, cost), new MemoryCacheEntryOptions { Size = query.Length + 1 });
    }

    public void Dispose() => cache.Dispose();

    /// <summary>
    /// For a request whose document came from the cache (<see cref="EntryKey"/>), runs only the validation rules that
    /// are not GraphQL.NET's core rules: those depend on the document alone, and the document passed them when it was
    /// cached. When its cost is static, none: the cost analyzer's estimate for an operation without variables is the
    /// one it gave when the document was cached.
    /// </summary>
    internal sealed class SkipStaticRules : IConfigureExecution
    {
        public float SortOrder => 200;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            if (options.UserContext.TryGetValue(EntryKey, out var cached) && cached is Entry entry)
                options.ValidationRules = entry.CostIsStatic ? [] : [.. (options.ValidationRules ?? DocumentValidator.CoreRules).Except(DocumentValidator.CoreRules)];
            return next(options);
        }
    }
}
