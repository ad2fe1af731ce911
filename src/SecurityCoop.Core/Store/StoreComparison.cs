using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityCoop.Core.Affiliations;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Exports;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Relations;
using SecurityCoop.Core.Search;
using SecurityCoop.Core.Timelines;

namespace SecurityCoop.Core.Store;

/// <summary>One operation whose answers differ between two stores, with both answers (or errors) as JSON.</summary>
public sealed record StoreDifference(string Operation, string Expected, string Actual);

/// <summary>
/// Runs every operation of the store port on a dataset through two stores (the reference, usually the embedded
/// store, and the one under test, usually Neo4j) and lists every operation whose answers differ: lookups of every node
/// and relation, the catalogue, conflicts, statistics, search for every acronym, the raw material of every body and
/// every state, shortest, all-shortest and k shortest paths from every state to the main bodies, linkage from every
/// body, shared links, every state's timeline, and every body's ego network. Answers are compared as JSON; lists
/// whose order the port does not fix are compared as sets, while path lists keep their order (the tie-break is part of
/// the contract). An error is an answer too: its code must match.
/// </summary>
public sealed class StoreComparison(IGraphStore reference, IGraphStore tested)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        ReferenceHandler = ReferenceHandler.IgnoreCycles,
    };

    /// <summary>Bodies every path question goes to.</summary>
    private static readonly string[] PathTargets = ["org:sco", "org:asean", "mech:rats", "mech:arf"];

    public int Operations { get; private set; }

    public async Task<IReadOnlyList<StoreDifference>> CompareAsync(GraphData data, CancellationToken cancellationToken)
    {
        var differences = new List<StoreDifference>();
        async Task Same<T>(string operation, Func<IGraphStore, Task<T>> ask, bool ordered = false)
        {
            Operations++;
            var expected = await AnswerAsync(reference, ask, ordered);
            var actual = await AnswerAsync(tested, ask, ordered);
            if (expected != actual)
                differences.Add(new(operation, expected, actual));
        }

        var nodeIds = data.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var bodies = data.Nodes.Where(n => n.Type is NodeType.Organisation or NodeType.Mechanism).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        var states = data.Nodes.Where(n => n.Type == NodeType.State).Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        await Same("statistics", s => s.StatisticsAsync(cancellationToken));
        await Same("nodes", s => s.GetNodesAsync(nodeIds, cancellationToken));
        await Same("relations by id", s => s.GetRelationsByIdAsync([.. data.Relations.Select(r => r.Id)], cancellationToken));
        await Same("documents", s => s.GetDocumentsAsync(null, cancellationToken));
        await Same("conflicts", s => s.ConflictsAsync(null, cancellationToken));
        await Same("unknown node", s => s.GetNodesAsync(["state:atlantis"], cancellationToken));
        foreach (var acronym in data.Nodes.Select(n => n.Acronym).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
            await Same($"search '{acronym}'", s => s.SearchAsync(new SearchQuery(acronym, Limit: 50), cancellationToken));
        foreach (var body in bodies)
        {
            await Same($"members of {body}", s => s.GetMaterialAsync(new MaterialQuery(Affiliations: [new(body, AffiliationSide.MembersOfBodies)]), cancellationToken));
            await Same($"members of {body} through members", s => s.GetMaterialAsync(new MaterialQuery(Affiliations: [new(body, AffiliationSide.MembersOfBodies, ThroughMembers: true)]), cancellationToken));
            await Same($"relations of {body}", s => s.GetMaterialAsync(new MaterialQuery(Relations: [new(body)]), cancellationToken));
            await Same($"linked from {body}", s => s.LinkedAsync(new LinkageQuery(body), cancellationToken), ordered: true);
            await Same($"ego network of {body}", s => s.SubgraphAsync(new SubgraphQuery(body), cancellationToken));
        }
        foreach (var state in states)
        {
            await Same($"bodies of {state}", s => s.GetMaterialAsync(new MaterialQuery(Affiliations: [new(state, AffiliationSide.BodiesOfMembers, ThroughMembers: true)]), cancellationToken));
            await Same($"timeline of {state}", s => s.TimelineAsync(new TimelineQuery(state), cancellationToken), ordered: true);
            foreach (var target in PathTargets.Where(t => nodeIds.BinarySearch(t, StringComparer.Ordinal) >= 0))
            {
                await Same($"shortest path {state} -> {target}", s => s.FindPathsAsync(new PathQuery(state, target), cancellationToken), ordered: true);
                await Same($"all shortest paths {state} -> {target}", s => s.FindPathsAsync(new PathQuery(state, target, PathMode.AllShortest, 25), cancellationToken), ordered: true);
                await Same($"5 shortest paths {state} -> {target}", s => s.FindPathsAsync(new PathQuery(state, target, PathMode.KShortest, 5), cancellationToken), ordered: true);
            }
        }
        if (bodies.Count >= 2)
            await Same($"shared links of {bodies[0]} and {bodies[1]}", s => s.SharedLinksAsync(new SharedLinkageQuery([bodies[0], bodies[1]]), cancellationToken), ordered: true);
        return differences;
    }

    /// <summary>An answer as JSON; an unordered list as its sorted items; an error as its code.</summary>
    private static async Task<string> AnswerAsync<T>(IGraphStore store, Func<IGraphStore, Task<T>> ask, bool ordered)
    {
        try
        {
            var answer = await ask(store);
            if (!ordered && answer is System.Collections.IEnumerable items and not string)
                return "[" + string.Join(",", items.Cast<object?>().Select(i => JsonSerializer.Serialize(i, Json)).Order(StringComparer.Ordinal)) + "]";
            return JsonSerializer.Serialize(answer, Json);
        }
        catch (StoreException e)
        {
            return $"error {e.Code}";
        }
    }
}
