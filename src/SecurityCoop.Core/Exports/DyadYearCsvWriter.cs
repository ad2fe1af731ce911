using System.Globalization;
using SecurityCoop.Core.Nodes;
using SecurityCoop.Core.Relations;

namespace SecurityCoop.Core.Exports;

/// <summary>
/// A dyad-year table in the Correlates of War style: one row per unordered pair of states (<c>stateA</c> before
/// <c>stateB</c> in id order) and year, with the number of bodies both were members of that year (<c>shared</c>)
/// and their ids joined by ';' (<c>bodies</c>).
/// <para>
/// A membership is an established <c>MEMBER_OF</c> edge (no <c>status</c>) from a state whose role is not
/// <c>acceding</c>. It holds in year Y when its since year is at most Y and it has no until or its until year is
/// after Y. Memberships without a start date are left out, since no year can be given to them.
/// </para>
/// </summary>
/// <param name="firstYear">The first year to write; by default the earliest start of a membership.</param>
/// <param name="lastYear">The last year to write; by default the latest year a membership's start or end names.</param>
/// <param name="includeUnsharedDyads">Whether to write pairs that share no body that year (with <c>shared</c> 0), as dyad-year data sets do.</param>
public sealed class DyadYearCsvWriter(int? firstYear = null, int? lastYear = null, bool includeUnsharedDyads = true) : INetworkWriter
{
    private static readonly string MemberOf = RelationTypes.NameOf(RelationType.MemberOf);

    public string Format => "dyad-year";

    public string MediaType => "text/csv";

    public string FileExtension => ".csv";

    public async Task WriteAsync(NetworkDocument document, Stream output, CancellationToken cancellationToken)
    {
        var states = document.Nodes.Where(n => n.Type == nameof(NodeType.State)).Select(n => n.Id)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var stateIds = states.ToHashSet(StringComparer.Ordinal);
        var memberships = document.Edges.Where(e => IsMembership(e, stateIds))
            .Select(e => new Membership(e.Source, e.Target, e.Since!.Start.Year, e.Until?.Start.Year)).ToList();

        await using var csv = CsvExport.Open(output);
        await csv.RowAsync(["stateA", "stateB", "year", "shared", "bodies"], cancellationToken);
        var first = firstYear ?? (memberships.Count > 0 ? memberships.Min(m => m.Since) : 0);
        var last = lastYear ?? (memberships.Count > 0 ? memberships.Max(m => Math.Max(m.Since, m.Until ?? m.Since)) : -1);
        for (var year = first; year <= last; year++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var shared = SharedBodies(memberships, year);
            var pairs = includeUnsharedDyads ? AllPairs(states) : shared.Keys.Order();
            foreach (var pair in pairs)
            {
                var bodies = shared.TryGetValue(pair, out var found) ? found : [];
                await csv.RowAsync(
                    [pair.A, pair.B, Text(year), Text(bodies.Count), string.Join(';', bodies.Order(StringComparer.Ordinal))],
                    cancellationToken);
            }
        }
        await csv.FinishAsync(cancellationToken);
    }

    private static bool IsMembership(NetworkEdge edge, HashSet<string> states) =>
        edge.Type == MemberOf && edge.Since is not null && states.Contains(edge.Source)
        && !edge.Properties.ContainsKey("status")
        && !(edge.Properties.TryGetValue("role", out var role) && role == "acceding");

    /// <summary>For each pair of states that share a body in <paramref name="year"/>, the bodies they share.</summary>
    private static Dictionary<Pair, List<string>> SharedBodies(List<Membership> memberships, int year)
    {
        var shared = new Dictionary<Pair, List<string>>();
        var bodies = memberships.Where(m => m.Since <= year && (m.Until is null || m.Until > year)).GroupBy(m => m.Body);
        foreach (var body in bodies)
        {
            var members = body.Select(m => m.State).Distinct().Order(StringComparer.Ordinal).ToList();
            foreach (var pair in AllPairs(members))
            {
                if (!shared.TryGetValue(pair, out var list))
                    shared[pair] = list = [];
                list.Add(body.Key);
            }
        }
        return shared;
    }

    private static IEnumerable<Pair> AllPairs(List<string> sorted) =>
        sorted.SelectMany((a, i) => sorted.Skip(i + 1).Select(b => new Pair(a, b)));

    private static string Text(int number) => number.ToString(CultureInfo.InvariantCulture);

    private sealed record Membership(string State, string Body, int Since, int? Until);

    private readonly record struct Pair(string A, string B) : IComparable<Pair>
    {
        public int CompareTo(Pair other)
        {
            var byA = string.CompareOrdinal(A, other.A);
            return byA != 0 ? byA : string.CompareOrdinal(B, other.B);
        }
    }
}
