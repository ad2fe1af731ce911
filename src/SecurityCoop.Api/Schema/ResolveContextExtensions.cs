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
    public static IDataLoaderResult<Node?> LoadNode(this IResolveFieldContext context, string id) =>
        context.Batcher().Load(default(NodesById), id, static async (store, _, ids, token) =>
            (IReadOnlyDictionary<string, Node?>)(await store.GetNodesAsync(ids, token)).ToDictionary(n => n.Id, n => (Node?)n, StringComparer.Ordinal));

    /// <summary>A relation by id, fetched together with every other relation its sibling fields ask for.</summary>
    public static IDataLoaderResult<Relation?> LoadRelation(this IResolveFieldContext context, string id) =>
        context.Batcher().Load(default(RelationsById), id, static async (store, _, ids, token) =>
            (IReadOnlyDictionary<string, Relation?>)(await store.GetRelationsByIdAsync(ids, token)).ToDictionary(e => e.Id, e => (Relation?)e, StringComparer.Ordinal));

    /// <summary>A source document's catalogue record, fetched together with every other document its sibling fields ask for.</summary>
    public static IDataLoaderResult<SourceDocument?> LoadDocument(this IResolveFieldContext context, string id) =>
        context.Batcher().Load(default(DocumentsById), id, static async (store, _, ids, token) =>
            (IReadOnlyDictionary<string, SourceDocument?>)(await store.GetDocumentsAsync(ids, token)).ToDictionary(d => d.Id, d => (SourceDocument?)d, StringComparer.Ordinal));

    /// <summary>The conflicts about a node: one store call answers every node of the level.</summary>
    public static IDataLoaderResult<IReadOnlyList<Conflict>> LoadConflicts(this IResolveFieldContext context, string subject) =>
        context.Batcher().Load(default(ConflictsBySubject), subject, static async (store, _, ids, token) =>
        {
            var bySubject = (await store.ConflictsAsync(null, token)).ToLookup(c => c.Subject, StringComparer.Ordinal);
            return (IReadOnlyDictionary<string, IReadOnlyList<Conflict>>)ids.ToDictionary(id => id, id => (IReadOnlyList<Conflict>)[.. bySubject[id]], StringComparer.Ordinal);
        });

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
        IReadOnlySet<RelationType>? types) =>
        context.Batcher().Load(new NeighboursOf(direction, RelationTypeMask.Of(types)), id, static async (store, key, ids, token) =>
        {
            var types = RelationTypeMask.Types(key.Types);
            var requests = ids.Select(i => new RelationRequest(i, key.Direction, types)).ToList();
            var material = await store.GetMaterialAsync(new MaterialQuery(Relations: requests), token);
            return (IReadOnlyDictionary<string, IReadOnlyList<Neighbour>>)requests.Select((r, i) => (r.NodeId, List: material.Relations[i]))
                .ToDictionary(p => p.NodeId, p => p.List, StringComparer.Ordinal);
        });

    /// <summary>A node's raw affiliations on one side, fetched together with every sibling asking the same way.</summary>
    public static IDataLoaderResult<IReadOnlyList<Affiliation>> LoadAffiliations(this IResolveFieldContext context, string id, AffiliationSide side, bool through) =>
        context.Batcher().Load(new AffiliationsOf(side, through), id, static async (store, key, ids, token) =>
        {
            var requests = ids.Select(i => new AffiliationRequest(i, key.Side, key.Through)).ToList();
            var material = await store.GetMaterialAsync(new MaterialQuery(Affiliations: requests), token);
            return (IReadOnlyDictionary<string, IReadOnlyList<Affiliation>>)requests.Select((r, i) => (r.NodeId, List: material.Affiliations[i]))
                .ToDictionary(p => p.NodeId, p => p.List, StringComparer.Ordinal);
        });

    private static RequestBatcher Batcher(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<RequestBatcher>();

    public static int Bounded(this IResolveFieldContext context, string name, int fallback, int max)
    {
        var value = context.GetArgument(name, fallback);
        QueryLimits.Check($"'{name}'", value, max);
        return value;
    }
}

/// <summary>The batch keys of <see cref="RequestBatcher"/>: one record type per kind of read, its fields what the read needs besides the ids.</summary>
internal readonly record struct NodesById;

internal readonly record struct RelationsById;

internal readonly record struct DocumentsById;

internal readonly record struct ConflictsBySubject;

/// <param name="Types">The relation types asked for, as a <see cref="RelationTypeMask"/>.</param>
internal readonly record struct NeighboursOf(RelationDirection Direction, long Types);

internal readonly record struct AffiliationsOf(AffiliationSide Side, bool Through);

/// <summary>A set of relation types as one bit per type, so batch keys compare sets by value; every bit set means no filter.</summary>
internal static class RelationTypeMask
{
    public const long All = -1;

    public static long Of(IReadOnlySet<RelationType>? types) => types is null ? All : types.Aggregate(0L, (mask, type) => mask | (1L << (int)type));

    public static IReadOnlySet<RelationType>? Types(long mask) => mask == All ? null : RelationTypes.All.Where(t => (mask & (1L << (int)t)) != 0).ToHashSet();
}
