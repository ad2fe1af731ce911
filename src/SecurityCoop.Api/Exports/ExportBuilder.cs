using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Store;

namespace SecurityCoop.Api.Exports;

/// <summary>Builds the node-link document of an export scope from the store, with metadata naming the release and filters.</summary>
public sealed class ExportBuilder(IGraphStore store, SetQuestions questions, DatasetRelease release, QueryLimits limits)
{
    /// <summary>The document of <paramref name="scope"/>, its nodes placed by <paramref name="layout"/> unless it is <see cref="ExportLayout.None"/>.</summary>
    public async Task<NetworkDocument> BuildAsync(ExportScope scope, ExportLayout layout, CancellationToken cancellationToken)
    {
        var subgraph = await SubgraphAsync(scope, cancellationToken);
        var positions = layout == ExportLayout.Force ? Layout(subgraph, cancellationToken) : null;
        var documents = await store.GetDocumentsAsync(null, cancellationToken);
        var metadata = new NetworkMetadata(release.Name, scope.Kind.ToString().ToLowerInvariant(), scope.Filters(), DateTimeOffset.UtcNow, documents);
        // Relations come from the store with any end a role change implies already set.
        var nodes = subgraph.Nodes.Select(n => n.ToNetworkNode());
        if (positions is not null)
            nodes = nodes.Select(n => n with { Position = positions[n.Id] });
        return new NetworkDocument(metadata, nodes, subgraph.Relations.Select(e => e.ToNetworkEdge())) { Positioned = positions is not null };
    }

    private IReadOnlyDictionary<string, NetworkPosition> Layout(Subgraph subgraph, CancellationToken cancellationToken)
    {
        if (subgraph.Nodes.Count > limits.MaxLayoutNodes)
        {
            throw new StoreException(ErrorCodes.LimitExceeded,
                $"A layout is computed for at most {limits.MaxLayoutNodes} nodes and this export has {subgraph.Nodes.Count}; "
                + "narrow it (an ego network, nodeTypes, asOf) or export it without a layout.");
        }
        return ForceLayout.Compute(subgraph.Nodes.Select(n => n.Id), subgraph.Relations.Select(r => (r.From, r.To)), cancellationToken);
    }

    private async Task<Subgraph> SubgraphAsync(ExportScope scope, CancellationToken cancellationToken)
    {
        CheckDepth(scope.Depth);
        if (scope.K < 1)
            throw StoreException.Invalid($"'k' must be 1 or more; it was {scope.K}.");
        switch (scope.Kind)
        {
            case ExportScopeKind.Whole:
                if (scope.Center is not null)
                    throw StoreException.Invalid("The whole-graph scope takes no 'center'; use scope EGO for the network around a node.");
                return await store.SubgraphAsync(new SubgraphQuery(null, 1,
                    scope.NodeTypes, scope.RelationTypes, scope.AsOf, scope.IncludeUnestablished), cancellationToken);
            case ExportScopeKind.Ego:
                QueryLimits.Check("'depth'", scope.Depth, 3);
                return await store.SubgraphAsync(new SubgraphQuery(Required(scope.Center, "center"), scope.Depth,
                    scope.NodeTypes, scope.RelationTypes, scope.AsOf, scope.IncludeUnestablished), cancellationToken);
            case ExportScopeKind.Overlap:
                var bodies = scope.Bodies is { Count: > 0 } given ? given : throw StoreException.Invalid("The overlap scope needs 'bodies': two or more organisation or mechanism ids.");
                QueryLimits.Check("The number of bodies", bodies.Count, limits.MaxBodies);
                var filter = new AffiliationFilter(Facts: new FactFilter(scope.AsOf, scope.IncludeUnestablished), NodeTypes: scope.NodeTypes);
                var answer = await questions.CombineAsync(
                    new SetQuestion([.. bodies.Select(b => new AffiliatesOperand(b, filter))], Names: new SetPartNames("bodies")), cancellationToken);
                return AnswerSubgraphs.Overlap(answer);
            case ExportScopeKind.Paths:
                QueryLimits.Check("'k'", scope.K, limits.MaxPaths);
                var paths = await store.FindPathsAsync(new PathQuery(Required(scope.From, "from"), Required(scope.To, "to"), PathMode.KShortest, scope.K,
                    6, scope.RelationTypes, scope.AsOf, false, scope.IncludeUnestablished), cancellationToken);
                return AnswerSubgraphs.Paths(paths);
            default:
                QueryLimits.Check("'depth'", scope.Depth, limits.MaxLinkageHops);
                var linked = await store.LinkedAsync(new LinkageQuery(Required(scope.Center, "center"), scope.Depth, scope.NodeTypes, scope.RelationTypes,
                    null, scope.AsOf, false, scope.IncludeUnestablished, limits.MaxResults), cancellationToken);
                return AnswerSubgraphs.Paths(linked.Select(l => l.Path));
        }
    }

    private static string Required(string? value, string name) =>
        value ?? throw StoreException.Invalid($"This scope needs '{name}': a node id.");

    private static void CheckDepth(int depth)
    {
        if (depth < 1)
            throw StoreException.Invalid($"'depth' must be 1 or more; it was {depth}.");
    }
}
