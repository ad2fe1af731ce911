using GraphQL;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Api.Linkage;

/// <summary>Linkage questions: what is linked to a node within k hops, and what several nodes share.</summary>
internal static class LinkageQueries
{
    public static void AddLinkageQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkageType>>>>("linked")
            .Description("Everything within maxHops of a node, nearest first, each with the path that links it " +
                "(e.g. initiatives linked to RATS: from \"mech:rats\", nodeTypes [INITIATIVE]).")
            .Argument<NonNullGraphType<IdGraphType>>("from", "The origin node id.")
            .Argument<IntGraphType>("maxHops", "How far to look (default 2).", a => a.DefaultValue = 2)
            .NodeTypesArgument()
            .RelationTypesArgument()
            .Argument<IdGraphType>("theme", "Only nodes that address this theme (a theme: id).")
            .AsOfArgument()
            .WeakLinksArgument()
            .UnestablishedArgument()
            .Argument<IntGraphType>("first", "At most this many results (default 100).", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                var from = c.GetArgument<string>("from");
                var theme = c.GetArgument<string?>("theme");
                var query = new LinkageQuery(from, c.Bounded("maxHops", 2, c.Limits().MaxLinkageHops), c.Filter<NodeType>("nodeTypes"),
                    c.Filter<RelationType>("relationTypes"), theme, c.AsOf(), c.GetArgument("excludeWeakLinks", false), c.IncludeUnestablished(),
                    c.Bounded("first", 100, c.Limits().MaxResults));
                return await c.Store().LinkedAsync(query, c.CancellationToken);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SharedLinkageType>>>>("sharedLinks")
            .Description("Nodes linked to every one of several nodes within maxHops (e.g. themes RATS and the 2005 SCO-ASEAN MOU share).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("of", "Two or more node ids.")
            .Argument<IntGraphType>("maxHops", "How far from each node to look (default 1).", a => a.DefaultValue = 1)
            .NodeTypesArgument()
            .RelationTypesArgument()
            .AsOfArgument()
            .WeakLinksArgument()
            .UnestablishedArgument()
            .Argument<IntGraphType>("first", "At most this many results (default 100).", a => a.DefaultValue = 100)
            .ResolveAsync(async c =>
            {
                var of = c.IdList("of", c.Limits().MaxBodies);
                var query = new SharedLinkageQuery(of, c.Bounded("maxHops", 1, c.Limits().MaxLinkageHops), c.Filter<NodeType>("nodeTypes"),
                    c.Filter<RelationType>("relationTypes"), c.AsOf(), c.GetArgument("excludeWeakLinks", false), c.IncludeUnestablished(),
                    c.Bounded("first", 100, c.Limits().MaxResults));
                return await c.Store().SharedLinksAsync(query, c.CancellationToken);
            });
    }
}
