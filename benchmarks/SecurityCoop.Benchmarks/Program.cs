using System.Diagnostics;
using SecurityCoop.Benchmarks;
using SecurityCoop.Core.Embedded;
using SecurityCoop.Core.Linkage;
using SecurityCoop.Core.Overlaps;
using SecurityCoop.Core.Paths;
using SecurityCoop.Core.Store;

// Benchmarks of the embedded store on a synthetic world-scale graph. Run in Release:
//   dotnet run -c Release --project benchmarks/SecurityCoop.Benchmarks [-- edges]
// or time loading a dataset folder (read and validate, then index), e.g. one the generate command wrote:
//   dotnet run -c Release --project benchmarks/SecurityCoop.Benchmarks -- load DIR
// or time the shortest path between each "FROM TO" pair read from stdin, as benchmarks/peers/paths.py --store-command does:
//   dotnet run -c Release --project benchmarks/SecurityCoop.Benchmarks -- paths DIR < PAIRS
// or serve the benchmark questions from minimal endpoints over the same store, as benchmarks/compare.sh does:
//   dotnet run -c Release --project benchmarks/SecurityCoop.Benchmarks -- minimal DIR PORT
if (args is ["minimal", var minimalFolder, var port])
{
    await MinimalEndpoint.RunAsync(minimalFolder, int.Parse(port, System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args is ["paths", var pathsFolder])
{
    await PathTimes.RunAsync(pathsFolder, Console.In, Console.Out);
    return;
}
if (args is ["load", var folder])
{
    var watch = Stopwatch.StartNew();
    var loaded = SecurityCoop.Core.Dataset.DatasetLoader.Load(folder);
    var read = watch.Elapsed.TotalSeconds;
    watch.Restart();
    var indexed = new EmbeddedGraphStore(loaded);
    var index = watch.Elapsed.TotalSeconds;
    loaded = null;
    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    Console.WriteLine($"read and validated in {read:F1} s, indexed in {index:F1} s; managed heap {GC.GetTotalMemory(false) / 1024.0 / 1024.0:N0} MB, "
        + $"working set {Environment.WorkingSet / 1024.0 / 1024.0:N0} MB, peak {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:N0} MB");
    GC.KeepAlive(indexed);
    return;
}
var edges = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
var clock = Stopwatch.StartNew();
var data = SyntheticGraph.Make(states: 200, bodies: 5000, agreements: 5000, themes: 300, edges: edges);
Console.WriteLine($"generated {data.Nodes.Count:N0} nodes and {data.Relations.Count:N0} edges in {clock.Elapsed.TotalSeconds:F1} s");

GC.Collect();
var before = GC.GetTotalMemory(forceFullCollection: true);
clock.Restart();
var store = new EmbeddedGraphStore(data);
var loadSeconds = clock.Elapsed.TotalSeconds;
data = null;
GC.Collect();
var after = GC.GetTotalMemory(forceFullCollection: true);
Console.WriteLine($"indexed in {loadSeconds:F1} s; indexes about {(after - before) / 1024.0 / 1024.0:N0} MB beyond the generated nodes and edges; managed heap {after / 1024.0 / 1024.0:N0} MB; working set {Environment.WorkingSet / 1024.0 / 1024.0:N0} MB");

var random = new Random(7);
string State() => $"state:state-{random.Next(200)}";
string Body() => random.Next(2) == 0 ? $"org:organisation-{random.Next(2500) * 2}" : $"mech:mechanism-{(random.Next(2500) * 2) + 1}";
var token = CancellationToken.None;

await Measure("shortest path, state to body, no weak links", 200, () => store.FindPathsAsync(new PathQuery(State(), Body(), ExcludeWeak: true), token));
await Measure("shortest path as of 1990", 200, () => store.FindPathsAsync(new PathQuery(State(), Body(), AsOf: SecurityCoop.Core.Dates.PartialDate.Parse("1990")), token));
await Measure("all shortest paths (up to 25)", 100, () => store.FindPathsAsync(new PathQuery(State(), State(), PathMode.AllShortest, K: 25, ExcludeWeak: true), token));
await Measure("3 shortest paths (Yen)", 50, () => store.FindPathsAsync(new PathQuery(State(), Body(), PathMode.KShortest, K: 3, ExcludeWeak: true), token));
var questions = new SetQuestions(store, QueryLimits.Default);
SetOperand Affiliates() => new AffiliatesOperand(Body(), new SecurityCoop.Core.Affiliations.AffiliationFilter());
await Measure("overlap of 3 bodies", 200, () => questions.CombineAsync(new SetQuestion([Affiliates(), Affiliates(), Affiliates()]), token));
await Measure("overlap matrix of 10 bodies", 100, () => questions.MatrixAsync([.. Enumerable.Range(0, 10).Select(_ => Affiliates())], "operands", token));
await Measure("linkage within 2 hops of a body, first 200", 100, () => store.LinkedAsync(new LinkageQuery(Body(), 2), token));
await Measure("search 'inc 12' (prefix, word and substring)", 100, () => store.SearchAsync(new SecurityCoop.Core.Search.SearchQuery("inc 12", Limit: 20), token));

async Task Measure<T>(string name, int runs, Func<Task<T>> run)
{
    await run();
    var times = new List<double>(runs);
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    Console.WriteLine($"{name,-45} median {times[runs / 2],8:F2} ms   p95 {times[(int)(runs * 0.95)],8:F2} ms");
}
