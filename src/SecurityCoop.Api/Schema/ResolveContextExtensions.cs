using GraphQL;
using GraphQL.DataLoader;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Conflicts;
using SecurityCoop.Core.Dates;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Sources;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Schema;

/// <summary>Reads the store, the limits and the shared arguments (asOf, type filters, id lists) in resolvers.</summary>
internal static class ResolveContextExtensions
{
    public static IGraphStore Store(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphStore>();

    public static SetQuestions SetQuestions(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<SetQuestions>();

    public static QueryLimits Limits(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<QueryLimits>();

    public static PartialDate? AsOf(this IResolveFieldContext context) =>
        context.GetArgument<PartialDate?>("asOf");

    public static bool IncludeUnestablished(this IResolveFieldContext context) =>
        context.GetArgument("includeUnestablished", false);

    /// <summary>An optional filter list: absent or null means no filter; an empty list is a mistake worth saying.</summary>
    public static IReadOnlySet<T>? Filter<T>(this IResolveFieldContext context, string name)
    {
        var values = context.GetArgument<List<T>?>(name);
        if (values is null)
            return null;
        if (values.Count == 0)
            throw StoreException.Invalid($"'{name}' is an empty list; leave it out to mean all, or name at least one value.");
        return values.ToHashSet();
    }

    /// <summary>A required list of node ids, checked to be non-empty and within the limit; the store says which ids it does not hold.</summary>
    public static IReadOnlyList<string> IdList(this IResolveFieldContext context, string name, int max)
    {
        var ids = context.GetArgument<List<string>>(name) ?? [];
        if (ids.Count == 0)
            throw StoreException.Invalid($"'{name}' is an empty list; name at least one node id.");
        QueryLimits.Check($"The number of ids in '{name}'", ids.Count, max);
        return ids;
    }

    /// <summary>A node by id, fetched together with every other node its sibling fields ask for.</summary>
    public static IDataLoaderResult<Node?> LoadNode(this IResolveFieldContext context, string id)
    {
        var store = context.Store();
        return context.Batcher().Load<Node?>("nodes", id, async (ids, token) =>
            (await store.GetNodesAsync(ids, token)).ToDictionary(n => n.Id, n => (Node?)n, StringComparer.Ordinal));
    }

    /// <summary>A relation by id, fetched together with every other relation its sibling fields ask for.</summary>
    public static IDataLoaderResult<Relation?> LoadRelation(this IResolveFieldContext context, string id)
    {
        var store = context.Store();
        return context.Batcher().Load<Relation?>("edges-by-id", id, async (ids, token) =>
            (await store.GetRelationsByIdAsync(ids, token)).ToDictionary(e => e.Id, e => (Relation?)e, StringComparer.Ordinal));
    }

    /// <summary>A source document's catalogue record, fetched together with every other document its sibling fields ask for.</summary>
    public static IDataLoaderResult<SourceDocument?> LoadDocument(this IResolveFieldContext context, string id)
    {
        var store = context.Store();
        return context.Batcher().Load<SourceDocument?>("documents", id, async (ids, token) =>
            (await store.GetDocumentsAsync(ids, token)).ToDictionary(d => d.Id, d => (SourceDocument?)d, StringComparer.Ordinal));
    }

    /// <summary>The conflicts about a node: one store call answers every node of the level.</summary>
    public static IDataLoaderResult<IReadOnlyList<Conflict>> LoadConflicts(this IResolveFieldContext context, string subject)
    {
        var store = context.Store();
        return context.Batcher().Load<IReadOnlyList<Conflict>>("conflicts", subject, async (ids, token) =>
        {
            var bySubject = (await store.ConflictsAsync(null, token)).ToLookup(c => c.Subject, StringComparer.Ordinal);
            return ids.ToDictionary(id => id, id => (IReadOnlyList<Conflict>)[.. bySubject[id]], StringComparer.Ordinal);
        });
    }

    /// <summary>The facts a field counts: its asOf, includeUnestablished, documents and since arguments.</summary>
    public static FactFilter Facts(this IResolveFieldContext context) =>
        new(context.AsOf(), context.IncludeUnestablished(), context.Filter<string>("documents"), context.DateRange("since"));

    /// <summary>A date range argument, checked to run forwards.</summary>
    public static DateRange? DateRange(this IResolveFieldContext context, string name)
    {
        var range = context.GetArgument<DateRange?>(name);
        if (range?.Problem() is { } problem)
            throw new StoreException(ErrorCodes.BadDate, $"'{name}' is wrong: {problem}");
        return range;
    }

    /// <summary>A node's raw relations with the nodes at their other ends, fetched together with every sibling asking the same way.</summary>
    public static IDataLoaderResult<IReadOnlyList<Neighbour>> LoadNeighbours(this IResolveFieldContext context, string id, RelationDirection direction,
        IReadOnlySet<RelationType>? types)
    {
        var store = context.Store();
        return context.Batcher().Load<IReadOnlyList<Neighbour>>($"relations|{direction}|{Key(types)}", id, async (ids, token) =>
        {
            var requests = ids.Select(i => new RelationRequest(i, direction, types)).ToList();
            var material = await store.GetMaterialAsync(new MaterialQuery(Relations: requests), token);
            return requests.Select((r, i) => (r.NodeId, List: material.Relations[i])).ToDictionary(p => p.NodeId, p => p.List, StringComparer.Ordinal);
        });
    }

    /// <summary>A node's raw affiliations on one side, fetched together with every sibling asking the same way.</summary>
    public static IDataLoaderResult<IReadOnlyList<Affiliation>> LoadAffiliations(this IResolveFieldContext context, string id, AffiliationSide side, bool through)
    {
        var store = context.Store();
        return context.Batcher().Load<IReadOnlyList<Affiliation>>($"affiliations|{side}|{through}", id, async (ids, token) =>
        {
            var requests = ids.Select(i => new AffiliationRequest(i, side, through)).ToList();
            var material = await store.GetMaterialAsync(new MaterialQuery(Affiliations: requests), token);
            return requests.Select((r, i) => (r.NodeId, List: material.Affiliations[i])).ToDictionary(p => p.NodeId, p => p.List, StringComparer.Ordinal);
        });
    }

    private static RequestBatcher Batcher(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestBatcher>();

    private static string Key<T>(IReadOnlySet<T>? values) => values is null ? "*" : string.Join(',', values.Select(v => v!.ToString()).Order(StringComparer.Ordinal));

    public static int Bounded(this IResolveFieldContext context, string name, int fallback, int max)
    {
        var value = context.GetArgument(name, fallback);
        QueryLimits.Check($"'{name}'", value, max);
        return value;
    }
}
