#!/usr/bin/python3
"""Shortest paths on one dataset, the same pairs, three ways: igraph, networkx's bidirectional search, and the
service's /graphql shortestPath. Prints each one's median and p99 in milliseconds, the ratios, the time each took
to load the graph, and fails if the hop counts differ. Relations are followed in either direction, LINKED_TO
included, as the service's default does.

Usage: benchmarks/peers/paths.py DATA_DIR SERVICE_URL [PAIRS] [SEED]
  e.g. dotnet run --project src/SecurityCoop.Api -- generate --out /tmp/world --relations 1000000
       dotnet run -c Release --project src/SecurityCoop.Api -- --GraphStore:DataPath=/tmp/world --RateLimits:GraphQLPerMinute=0
       benchmarks/peers/paths.py /tmp/world http://localhost:5080 1000
"""
import glob, json, os, random, statistics, sys, time, urllib.request

import igraph
import networkx


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


def main():
    data, url = sys.argv[1], sys.argv[2].rstrip("/")
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    ids = list(nodes(data))
    edges = list(relations(data))
    index = {n: i for i, n in enumerate(ids)}

    start = time.perf_counter()
    g = igraph.Graph(n=len(ids), edges=[(index[a], index[b]) for a, b in edges], directed=False)
    igraph_load = time.perf_counter() - start
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

    def by_service(a, b):
        query = '{ shortestPath(from: "%s", to: "%s", maxHops: 8) { length } }' % (a, b)
        request = urllib.request.Request(url + "/graphql", json.dumps({"query": query}).encode(), {"Content-Type": "application/json"})
        with urllib.request.urlopen(request) as response:
            body = json.load(response)
        found = body["data"]["shortestPath"]
        return found["length"] if found else None

    results = {}
    for name, function in (("igraph", by_igraph), ("networkx", by_networkx), ("service", by_service)):
        times, answers = timed(function, pairs)
        results[name] = (summary(times), answers)

    within = [i for i, answer in enumerate(results["igraph"][1]) if answer is not None and answer <= 8]
    differ = [i for i in within if not results["igraph"][1][i] == results["networkx"][1][i] == results["service"][1][i]]
    report = {
        "nodes": len(ids), "relations": len(edges), "pairs": count,
        "loadSeconds": {"igraph": round(igraph_load, 2), "networkx": round(networkx_load, 2)},
        "medianMs": {k: round(v[0][0], 3) for k, v in results.items()},
        "p99Ms": {k: round(v[0][1], 3) for k, v in results.items()},
        "serviceOverIgraph": {"median": round(results["service"][0][0] / results["igraph"][0][0], 2),
                               "p99": round(results["service"][0][1] / results["igraph"][0][1], 2)},
        "serviceOverNetworkx": {"median": round(results["service"][0][0] / results["networkx"][0][0], 2)},
        "hopCountsDiffer": len(differ),
    }
    print(json.dumps(report, indent=2))
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
