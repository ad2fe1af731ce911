using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using SecurityCoop.Api.Schema;

namespace SecurityCoop.Api.Transport;

/// <summary>
/// Checks a GraphQL document against the request limits before GraphQL.NET parses or validates it, in time linear in
/// its length: characters, then tokens (one pass of the lexer), then, on the parsed document, aliases and directives
/// (counted through fragment spreads), fragments, selection depth and introspection list nesting (both through
/// fragments). Also refuses introspection when it is switched off, and (<see cref="RequireQuery"/>) mutations and subscriptions. Each
/// limit refuses with its own code and says what to change.
/// </summary>
internal sealed class DocumentGuard(GraphQLOptions options)
{
    /// <summary>The introspection fields that return lists; the bombs nest them (possibleTypes, interfaces, ...).</summary>
    private static readonly HashSet<string> IntrospectionLists = ["types", "fields", "args", "inputFields", "interfaces", "possibleTypes", "enumValues", "directives"];

    /// <summary>The parsed document and the operation the request runs, or a <see cref="RequestException"/>.</summary>
    public (GraphQLDocument Document, GraphQLOperationDefinition? Operation) Check(string query, string? operationName)
    {
        if (query.Length > options.MaxDocumentLength)
            throw Refuse(RequestErrorCodes.DocumentTooLarge, $"The document is {query.Length} characters long, above the limit of {options.MaxDocumentLength} (GraphQL:MaxDocumentLength); send a shorter one, with variables for long values.");
        CountTokens(query);
        var document = Parse(query);
        var walk = new Walk(document);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().Count();
        if (fragments > options.MaxFragments)
            throw Refuse(RequestErrorCodes.TooManyFragments, $"The document defines {fragments} fragments, above the limit of {options.MaxFragments} (GraphQL:MaxFragments).");
        var operation = Select(document, operationName);
        foreach (var op in document.Definitions.OfType<GraphQLOperationDefinition>())
            CheckOperation(walk, op);
        return (document, operation);
    }

    private void CheckOperation(Walk walk, GraphQLOperationDefinition operation)
    {
        var shape = walk.Of(operation.SelectionSet, introspection: false);
        var directives = shape.Directives + (operation.Directives?.Count ?? 0) + (operation.Variables?.Items.Sum(v => v.Directives?.Count ?? 0) ?? 0);
        if (shape.Aliases > options.MaxAliases)
            throw Refuse(RequestErrorCodes.TooManyAliases, $"The operation runs {Count(shape.Aliases)} aliased fields, above the limit of {options.MaxAliases} (GraphQL:MaxAliases); ask for fewer, or use list arguments (ids, bodies, operands) instead of one alias per item.");
        if (directives > options.MaxDirectives)
            throw Refuse(RequestErrorCodes.TooManyDirectives, $"The operation applies {Count(directives)} directives, above the limit of {options.MaxDirectives} (GraphQL:MaxDirectives).");
        if (shape.Depth > options.MaxDepth)
            throw Refuse(RequestErrorCodes.TooDeep, $"The operation nests selections {shape.Depth} deep, above the limit of {options.MaxDepth} (GraphQL:MaxDepth), introspection and fragments included.");
        if (shape.IntrospectionLists > options.MaxIntrospectionListDepth)
            throw Refuse(RequestErrorCodes.IntrospectionTooDeep, $"The operation nests introspection lists (types, fields, interfaces, possibleTypes, ...) {shape.IntrospectionLists} deep, above the limit of {options.MaxIntrospectionListDepth} (GraphQL:MaxIntrospectionListDepth); the standard introspection query needs 3.");
        if (shape.Introspects && !options.Introspection)
            throw Refuse(RequestErrorCodes.IntrospectionDisabled, "Introspection (__schema, __type) is switched off on this server (GraphQL:Introspection); the schema is published as schema.graphql.");
    }

    private static string Count(long count) => count >= Walk.Cap ? $"more than {Walk.Cap}" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void CountTokens(string query)
    {
        var source = new ROM(query.AsMemory());
        var tokens = 0;
        try
        {
            for (var token = Lexer.Lex(source, 0); token.Kind != TokenKind.EOF; token = Lexer.Lex(source, token.End))
            {
                if (++tokens > options.MaxTokens)
                    throw Refuse(RequestErrorCodes.TooManyTokens, $"The document has more than {options.MaxTokens} tokens (GraphQL:MaxTokens); send a smaller one, with variables for long values.");
            }
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw SyntaxError(e);
        }
    }

    private static GraphQLDocument Parse(string query)
    {
        try
        {
            return Parser.Parse(query, new ParserOptions { MaxDepth = 128, Ignore = IgnoreOptions.All });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            throw Refuse(RequestErrorCodes.TooDeep, "The document nests more than 128 levels (selections, lists or input objects); flatten it.");
        }
        catch (GraphQLSyntaxErrorException e)
        {
            throw SyntaxError(e);
        }
    }

    /// <summary>The operation to run: by name, or the only one.</summary>
    private static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var chosen = operationName is { Length: > 0 } name
            ? operations.FirstOrDefault(o => o.Name?.StringValue == name)
            : operations.Count == 1 ? operations[0] : null;
        return chosen;
    }

    /// <summary>Mutations and subscriptions are refused: the schema has none.</summary>
    public static void RequireQuery(GraphQLOperationDefinition? operation)
    {
        if (operation is { Operation: OperationType.Mutation or OperationType.Subscription })
            throw Refuse(RequestErrorCodes.OperationNotSupported, $"This API answers queries only; it has no {(operation.Operation == OperationType.Mutation ? "mutations" : "subscriptions")}. Send a query.");
    }

    private static RequestException SyntaxError(GraphQLSyntaxErrorException e) =>
        new(400, $"The document does not parse: {e.Description} (line {e.Location.Line}, column {e.Location.Column}).", RequestErrorCodes.SyntaxError);

    private static RequestException Refuse(string code, string message) => new(400, message, code);

    /// <summary>What a selection set holds, through its fragment spreads: each fragment is measured once.</summary>
    private sealed class Walk(GraphQLDocument document)
    {
        /// <summary>Counts stop growing here, so a fragment spread many times cannot overflow them.</summary>
        public const long Cap = 1_000_000;

        private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private readonly Dictionary<(string, bool), Shape> measured = [];
        private readonly HashSet<(string, bool)> open = [];

        public Shape Of(GraphQLSelectionSet? set, bool introspection)
        {
            var shape = Shape.Empty;
            foreach (var selection in set?.Selections ?? [])
            {
                shape = shape.Beside(selection switch
                {
                    GraphQLField field => OfField(field, introspection),
                    GraphQLInlineFragment inline => Of(inline.SelectionSet, introspection).WithDirectives(inline.Directives?.Count ?? 0),
                    GraphQLFragmentSpread spread => OfSpread(spread, introspection),
                    _ => Shape.Empty,
                });
            }
            return shape;
        }

        private Shape OfField(GraphQLField field, bool introspection)
        {
            var name = field.Name.StringValue;
            var root = name is "__schema" or "__type";
            var inside = introspection || root;
            var under = Of(field.SelectionSet, inside);
            var list = inside && IntrospectionLists.Contains(name) ? 1 : 0;
            return new Shape(
                Math.Min(Cap, under.Aliases + (field.Alias is null ? 0 : 1)),
                Math.Min(Cap, under.Directives + (field.Directives?.Count ?? 0)),
                under.Depth + 1,
                under.IntrospectionLists + list,
                under.Introspects || root);
        }

        /// <summary>A spread adds its fragment's shape; a fragment in a cycle counts as empty (validation reports the cycle).</summary>
        private Shape OfSpread(GraphQLFragmentSpread spread, bool introspection)
        {
            var key = (spread.FragmentName.Name.StringValue, introspection);
            if (measured.TryGetValue(key, out var known))
                return known.WithDirectives(spread.Directives?.Count ?? 0);
            if (!fragments.TryGetValue(key.Item1, out var fragment) || !open.Add(key))
                return Shape.Empty;
            var shape = Of(fragment.SelectionSet, introspection).WithDirectives(fragment.Directives?.Count ?? 0);
            open.Remove(key);
            measured[key] = shape;
            return shape.WithDirectives(spread.Directives?.Count ?? 0);
        }
    }

    /// <param name="Aliases">Aliased fields, counting a fragment once per spread.</param>
    /// <param name="IntrospectionLists">Deepest nesting of introspection list fields.</param>
    /// <param name="Introspects">Whether it asks for __schema or __type.</param>
    private readonly record struct Shape(long Aliases, long Directives, int Depth, int IntrospectionLists, bool Introspects)
    {
        public static Shape Empty => default;

        public Shape Beside(Shape other) => new(
            Math.Min(Walk.Cap, Aliases + other.Aliases), Math.Min(Walk.Cap, Directives + other.Directives),
            Math.Max(Depth, other.Depth), Math.Max(IntrospectionLists, other.IntrospectionLists), Introspects || other.Introspects);

        public Shape WithDirectives(int count) => this with { Directives = Math.Min(Walk.Cap, Directives + count) };
    }
}
