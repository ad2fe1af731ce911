#!/usr/bin/python3
"""Shortest paths on one dataset, the same pairs, three ways: igraph, networkx's bidirectional search, and the
service's /graphql shortestPath; with --store-command a fourth, the embedded store in process. Prints each one's median
and p99 in milliseconds, the ratios, the time each took to load the graph, and fails if the hop counts differ.
Relations are followed in either direction, LINKED_TO included, as the service's default does.

It also measures what igraph needs to hold and load the same graph:
- igraphCsvLoadSeconds: igraph.Graph.Read_Ncol(path, names=True, directed=False) on the relations written to a
  temporary file, one "FROM TO" line each (node ids as names; nodes without relations are not in that file).
- igraphBytesPerRelation: the growth of this process's resident memory (VmRSS) over building the graph from the
  edge list of node numbers, over the relations: igraph's edge and index vectors plus whatever the allocator keeps
  of the list's conversion. The Python list of numbers (built before) and the node ids (igraph holds none) are out.
- igraphCsvBytesPerRelation: the same over Read_Ncol, which also keeps each node id as a 'name' attribute.

Usage: benchmarks/peers/paths.py DATA_DIR SERVICE_URL [PAIRS] [SEED] [--store-command CMD]
  CMD runs in a shell, reads the pairs on stdin ("FROM TO" a line) and prints {"loadSeconds": s, "times": [ms, ...],
  "lengths": [hops or null, ...]}, in the pairs' order, as the benchmarks project's paths mode does.
  e.g. dotnet run --project src/SecurityCoop.Api -- generate --out WORLD --relations 1000000
       dotnet run -c Release --project src/SecurityCoop.Api -- --GraphStore:DataPath=WORLD --RateLimits:GraphQLPerMinute=0
       dotnet build -c Release benchmarks/SecurityCoop.Benchmarks -o BENCH
       benchmarks/peers/paths.py WORLD http://localhost:5080 1000 --store-command "dotnet BENCH/SecurityCoop.Benchmarks.dll paths WORLD"
"""
import argparse, glob, http.client, json, os, random, statistics, subprocess, sys, tempfile, time, urllib.parse, warnings

import igraph
import networkx

# igraph warns for every pair it finds no path between; no path is an answer here (null), not a problem.
warnings.filterwarnings("ignore", message="Couldn't reach some vertices")


def relations(data):
    for path in sorted(glob.glob(os.path.join(data, "relations", "*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    record = json.loads(line)
                    yield record["from"], record["to"]


def nodes(data):
    for path in sorted(glob.glob(os.path.join(data, "entities", "*.jsonl"))):
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)["id"]


def resident_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def timed(function, pairs):
    times, answers = [], []
    for a, b in pairs:
        start = time.perf_counter()
        answers.append(function(a, b))
        times.append((time.perf_counter() - start) * 1000)
    return times, answers


def summary(times):
    ordered = sorted(times)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]


def csv_load(edges):
    """Seconds igraph takes to read the relations as a names edge list, and the resident bytes that graph took."""
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".ncol", delete=False) as file:
        file.writelines(f"{a} {b}\n" for a, b in edges)
    try:
        before = resident_bytes()
        start = time.perf_counter()
        graph = igraph.Graph.Read_Ncol(file.name, names=True, directed=False)
        seconds = time.perf_counter() - start
        grown = resident_bytes() - before
        if graph.ecount() != len(edges):
            raise RuntimeError(f"Read_Ncol read {graph.ecount()} relations of {len(edges)}")
        del graph
        return seconds, grown
    finally:
        os.unlink(file.name)


def store_run(command, pairs):
    """The --store-command's figures on the pairs: load seconds, times in ms and hop counts."""
    done = subprocess.run(command, shell=True, input="".join(f"{a} {b}\n" for a, b in pairs), capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"the store command failed (exit {done.returncode}): {done.stderr[-4000:]}")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if len(report["times"]) != len(pairs) or len(report["lengths"]) != len(pairs):
        sys.exit(f"the store command answered {len(report['times'])} pairs of {len(pairs)}")
    return report


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data")
    parser.add_argument("url")
    parser.add_argument("pairs", nargs="?", type=int, default=1000)
    parser.add_argument("seed", nargs="?", type=int, default=1)
    parser.add_argument("--store-command", help="shell command timing the embedded store on the pairs read from stdin")
    return parser.parse_args()


def main():
    options = arguments()
    url, count, rng = options.url.rstrip("/"), options.pairs, random.Random(options.seed)
    ids = list(nodes(options.data))
    edges = list(relations(options.data))
    index = {n: i for i, n in enumerate(ids)}

    numbered = [(index[a], index[b]) for a, b in edges]
    before = resident_bytes()
    start = time.perf_counter()
    g = igraph.Graph(n=len(ids), edges=numbered, directed=False)
    igraph_load = time.perf_counter() - start
    igraph_bytes = resident_bytes() - before
    del numbered
    csv_seconds, csv_bytes = csv_load(edges)
    start = time.perf_counter()
    nx = networkx.MultiGraph()
    nx.add_nodes_from(ids)
    nx.add_edges_from(edges)
    networkx_load = time.perf_counter() - start

    pairs = [(rng.choice(ids), rng.choice(ids)) for _ in range(count)]

    def by_igraph(a, b):
        path = g.get_shortest_paths(index[a], to=index[b], output="vpath")[0]
        return len(path) - 1 if path else None

    def by_networkx(a, b):
        try:
            return len(networkx.bidirectional_shortest_path(nx, a, b)) - 1
        except networkx.NetworkXNoPath:
            return None

    # One kept-alive connection, as a client of the service would hold: a new TCP connection per question would time
    # Python's connection set-up, not the service.
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port or 80)

    def by_service(a, b):
        query = '{ shortestPath(from: "%s", to: "%s", maxHops: 8) { length } }' % (a, b)
        connection.request("POST", "/graphql", json.dumps({"query": query}).encode(), {"Content-Type": "application/json"})
        response = connection.getresponse()
        body = json.loads(response.read())
        if response.status != 200:
            raise SystemExit(f"the service answered {response.status}: {body}")
        found = body["data"]["shortestPath"]
        return found["length"] if found else None

    results = {}
    for name, function in (("igraph", by_igraph), ("networkx", by_networkx), ("service", by_service)):
        times, answers = timed(function, pairs)
        results[name] = (summary(times), answers)
    load = {"igraph": round(igraph_load, 2), "networkx": round(networkx_load, 2)}
    if options.store_command:
        store = store_run(options.store_command, pairs)
        results["store"] = (summary(store["times"]), store["lengths"])
        load["store"] = round(store["loadSeconds"], 2)

    within = [i for i, answer in enumerate(results["igraph"][1]) if answer is not None and answer <= 8]
    differ = [i for i in within if len({answers[i] for _, answers in results.values()}) > 1]
    for i in differ[:10]:
        print(f"hop counts differ for {pairs[i]}: " + ", ".join(f"{k} {v[1][i]}" for k, v in results.items()), file=sys.stderr)

    def over(name, peer, *figures):
        return {figure: round(results[name][0][at] / results[peer][0][at], 3)
                for figure, at in (("median", 0), ("p99", 1)) if figure in figures}

    report = {
        "nodes": len(ids), "relations": len(edges), "pairs": count,
        "loadSeconds": load,
        "igraphCsvLoadSeconds": round(csv_seconds, 3),
        "igraphBytesPerRelation": round(igraph_bytes / len(edges), 1),
        "igraphCsvBytesPerRelation": round(csv_bytes / len(edges), 1),
        "medianMs": {k: round(v[0][0], 4) for k, v in results.items()},
        "p99Ms": {k: round(v[0][1], 4) for k, v in results.items()},
        "serviceOverIgraph": over("service", "igraph", "median", "p99"),
        "serviceOverNetworkx": over("service", "networkx", "median"),
        "hopCountsDiffer": len(differ),
    }
    if "store" in results:
        report["storeOverIgraph"] = over("store", "igraph", "median", "p99")
        report["storeOverNetworkx"] = over("store", "networkx", "median")
    print(json.dumps(report, indent=2))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
