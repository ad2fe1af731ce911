using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Api.Search;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Nodes;

/// <summary>Lookup, search and paged lists.</summary>
internal static class NodeQueries
{
    private static readonly (string Field, NodeType Type)[] Lists =
    [
        ("states", NodeType.State), ("organisations", NodeType.Organisation), ("mechanisms", NodeType.Mechanism),
        ("agreements", NodeType.Agreement), ("initiatives", NodeType.Initiative), ("events", NodeType.Event),
        ("themes", NodeType.Theme), ("groups", NodeType.Group), ("people", NodeType.Person), ("places", NodeType.Place),
    ];

    public static void AddNodeQueries(this ObjectGraphType query)
    {
        query.Field<NodeInterface>("node").Description("The node with this id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A node id such as \"org:sco\".")
            .Resolve(c => c.LoadNode(c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes")
            .Description("The nodes with these ids, in the order given. Every id must exist.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Node ids.")
            .Resolve(c =>
            {
                var ids = c.IdList("ids", c.Limits().MaxPageSize);
                return ids.Select(c.LoadNode).ToList().All().Select(nodes =>
                    nodes.Select((n, i) => n ?? throw StoreException.UnknownNode(ids[i], "ids")).ToList());
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Find nodes by name, acronym or alias (case- and accent-insensitive), best matches first.")
            .Argument<NonNullGraphType<StringGraphType>>("text", "What to look for, e.g. \"RATS\" or \"Shanghai\".")
            .NodeTypesArgument("types")
            .Argument<IntGraphType>("first", "At most this many hits (default 20).", a => a.DefaultValue = 20)
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length == 0)
                    throw StoreException.Invalid("'text' is empty; give a name, acronym or alias to look for.");
                var first = c.Bounded("first", 20, c.Limits().MaxPageSize);
                return await c.Store().SearchAsync(new SearchQuery(text, c.Filter<NodeType>("types"), first), c.CancellationToken);
            });
        foreach (var (field, type) in Lists)
            query.AddList(field, $"{type} nodes, a page at a time in id order.", [type]);
        query.AddList("allNodes", "Nodes of any type, a page at a time in id order.", null);
    }

    private static void AddList(this ObjectGraphType query, string name, string description, NodeType[]? types)
    {
        var field = query.Field<NonNullGraphType<NodeConnectionType>>(name).Description(description)
            .Argument<IntGraphType>("first", "Page size (default 20).", a => a.DefaultValue = 20)
            .Argument<StringGraphType>("after", "Cursor after which the page starts: a previous page's pageInfo.endCursor.")
            .Argument<StringGraphType>("nameContains", "Only nodes whose name, acronym or alias contains this text.");
        if (types is null)
            field.NodeTypesArgument("types");
        field.ResolveAsync(async c =>
        {
            var first = c.Bounded("first", 20, c.Limits().MaxPageSize);
            var after = c.GetArgument<string?>("after") is { } cursor ? NodeCursor.Decode(cursor) : null;
            var filter = types?.ToHashSet() ?? c.Filter<NodeType>("types");
            var page = await c.Store().ListNodesAsync(new NodeListQuery(filter, c.GetArgument<string?>("nameContains"), first, after), c.CancellationToken);
            return new NodeConnection(page);
        });
    }
}
