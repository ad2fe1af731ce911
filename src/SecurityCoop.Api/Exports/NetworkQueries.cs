using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using SecurityCoop.Api.Schema;
using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Exports;

/// <summary>Network data for visualisation: typed node-link networks and file-format exports.</summary>
internal static class NetworkQueries
{
    private const int MaxInlineBytes = 8 << 20;

    public static void AddNetworkQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<NetworkType>>("network")
            .Description("A node-link network: the whole graph, an ego network, or the subgraph of an overlap, path or linkage answer.")
            .ScopeArguments()
            .ResolveAsync(async c =>
            {
                var document = await Builder(c).BuildAsync(Scope(c), ExportLayout.None, c.CancellationToken);
                return new NetworkAnswer(document.Metadata, [.. document.Nodes], [.. document.Edges]);
            });
        query.Field<NonNullGraphType<ExportFileType>>("export")
            .Description("A network in a file format (node-link, cytoscape, graphology, vis-network, graphml, gexf, csv-nodes, csv-edges, dyad-year, ...). Large graphs: download from GET /export/{format} instead.")
            .Argument<NonNullGraphType<ExportFormatEnum>>("format", "The file format.")
            .Argument<ExportLayoutEnum>("layout", "FORCE to give the nodes positions from a server-side force-directed layout (graphology and vis-network x/y, Cytoscape position, GEXF viz:position, GraphML x/y keys); NONE (the default) for none.", a => a.DefaultValue = ExportLayout.None)
            .ScopeArguments()
            .ResolveAsync(async c =>
            {
                var format = c.GetArgument<string>("format");
                var writer = NetworkWriters.Default.Get(format);
                var scope = Scope(c);
                using var buffer = new MemoryStream();
                var layout = c.GetArgument("layout", ExportLayout.None);
                await writer.WriteAsync(await Builder(c).BuildAsync(scope, layout, c.CancellationToken), buffer, c.CancellationToken);
                if (buffer.Length > MaxInlineBytes)
                    throw StoreException.Limit("The export's size in bytes", (int)buffer.Length, MaxInlineBytes);
                return new ExportFile(writer.Format, writer.MediaType, ExportEndpoint.FileName(scope, writer), Encoding.UTF8.GetString(buffer.ToArray()));
            });
    }

    private static ExportBuilder Builder(IResolveFieldContext c) => c.RequestServices!.GetRequiredService<ExportBuilder>();

    private static FieldBuilder<object?, TReturn> ScopeArguments<TReturn>(this FieldBuilder<object?, TReturn> field) =>
        field.Argument<ExportScopeEnum>("scope", "What to export; default EGO when center is given, else WHOLE.")
            .Argument<IdGraphType>("center", "The ego network's or linkage's center.")
            .Argument<IntGraphType>("depth", "Hops from the center (default 1; at most 3 for EGO).", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("bodies", "The bodies of an OVERLAP.")
            .Argument<IdGraphType>("from", "Start of PATHS.")
            .Argument<IdGraphType>("to", "End of PATHS.")
            .Argument<IntGraphType>("k", "How many PATHS (default 3).", a => a.DefaultValue = 3)
            .NodeTypesArgument()
            .RelationTypesArgument()
            .AsOfArgument()
            .UnestablishedArgument();

    private static ExportScope Scope(IResolveFieldContext c)
    {
        var center = c.GetArgument<string?>("center");
        var kind = c.GetArgument<ExportScopeKind?>("scope") ?? (center is null ? ExportScopeKind.Whole : ExportScopeKind.Ego);
        return new ExportScope(kind, center, c.GetArgument("depth", 1), c.GetArgument<List<string>?>("bodies"), c.GetArgument<string?>("from"),
            c.GetArgument<string?>("to"), c.GetArgument("k", 3), c.Filter<NodeType>("nodeTypes"), c.Filter<RelationType>("relationTypes"),
            c.AsOf(), c.IncludeUnestablished());
    }
}
