using System.Diagnostics;
using System.Text.Json;
using SecurityCoop.Core.Dataset;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Paths;

namespace SecurityCoop.Benchmarks;

/// <summary>
/// The embedded store's shortest paths on given pairs, in process, for benchmarks/peers/paths.py --store-command: the
/// question the service's <c>shortestPath(from, to, maxHops: 8)</c> asks, without GraphQL and HTTP around it.
/// </summary>
internal static class PathTimes
{
    private const int WarmUps = 20;

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Loads <paramref name="folder"/>, answers each "FROM TO" line of <paramref name="pairs"/> and writes one JSON object.</summary>
    public static async Task RunAsync(string folder, TextReader pairs, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var store = new EmbeddedGraphStore(DatasetLoader.Load(folder));
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var questions = Read(pairs);

        // Tiered JIT: the first calls run unoptimised code; answer a few first so the timed runs see what a warm service runs.
        foreach (var question in questions.Take(WarmUps))
            await store.FindPathsAsync(question, CancellationToken.None);
        var times = new List<double>(questions.Count);
        var lengths = new List<int?>(questions.Count);
        foreach (var question in questions)
        {
            watch.Restart();
            var paths = await store.FindPathsAsync(question, CancellationToken.None);
            times.Add(watch.Elapsed.TotalMilliseconds);
            lengths.Add(paths.Count > 0 ? paths[0].Length : null);
        }
        await output.WriteLineAsync(JsonSerializer.Serialize(new { loadSeconds, times, lengths }, JsonOptions));
    }

    private static List<PathQuery> Read(TextReader pairs)
    {
        var questions = new List<PathQuery>();
        while (pairs.ReadLine() is { } line)
        {
            if (line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var from, var to])
                questions.Add(new PathQuery(from, to, MaxHops: 8));
            else if (line.Trim().Length > 0)
                throw new FormatException($"expected 'FROM TO', got '{line}'");
        }
        return questions;
    }
}
