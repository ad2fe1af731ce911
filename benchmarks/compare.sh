#!/usr/bin/env bash
# Every figure the performance targets name, from one run on one machine, as one JSON object on stdout (progress on
# stderr). It builds the service and the benchmarks project in Release into a temporary folder, generates a world of
# RELATIONS relations and starts the service on it (start to ready, and resident memory when ready and after the path
# run; it starts twice: first from the dataset, which writes the graph's snapshot, then from the snapshot), runs
# benchmarks/peers/paths.py there with the embedded store in process as its --store-command, then starts the
# service on the seed data (data/) beside the mercurius peer and the benchmarks project's minimal endpoints over the same
# store, and runs benchmarks/peers/graphql.py, SECONDS a run.
#
# Each target is a ratio or figure with a bound: {"value", "target", "met"}, an upper bound unless "atLeast" is true. It exits 0 when targets are missed
# (it reports), and non-zero when a step fails: a build, a server that does not start, bodies or hop counts that differ.
#
# Usage: benchmarks/compare.sh [RELATIONS] [SECONDS]      (defaults 1000000 and 10)
# Environment: COMPARE_PAIRS (path pairs, default 1000), COMPARE_ROUNDS and COMPARE_CONNECTIONS (graphql.py's, default
# 3 and 16), COMPARE_PORT (first of the four ports used, default 5410), COMPARE_APP and COMPARE_BENCH (folders holding an
# already built SecurityCoop.Api.dll and SecurityCoop.Benchmarks.dll, instead of building them; the figures mean
# something only for Release builds).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
relations="${1:-1000000}"
seconds="${2:-10}"
pairs="${COMPARE_PAIRS:-1000}"
rounds="${COMPARE_ROUNDS:-3}"
connections="${COMPARE_CONNECTIONS:-16}"
port="${COMPARE_PORT:-5410}"
python=/usr/bin/python3
work="$(mktemp -d -t securitycoop-compare-XXXXXX)"
servers=()

progress() { echo "compare: $*" >&2; }
fail() { echo "compare: FAILED: $*" >&2; exit 1; }

cleanup() {
  for pid in "${servers[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
rss() { awk '/^VmRSS:/ { print $2 * 1024 }' "/proc/$1/status"; }

# The folder holding PROJECT's Release build: COMPARE_<VARIABLE> when set, else a fresh build under $work.
build() {
  local project="$1" given="$2" log="$work/build-$1.log"
  if [ -n "$given" ]; then
    [ -f "$given/$project.dll" ] || fail "no $project.dll in $given"
    echo "$given"
    return
  fi
  progress "building $project in Release"
  dotnet build "$root/${3}/$project" -c Release --artifacts-path "$work/build" --disable-build-servers -nologo -v quiet \
    >"$log" 2>&1 || { tail -40 "$log" >&2; fail "building $project"; }
  echo "$work/build/bin/$project/release"
}

port_free() { ! curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$1/"; }

# Starts the service on DATA at PORT; sets service_pid and service_ready_seconds (launch to /health/ready's 200).
start_service() {
  local data="$1" at="$2" log="$work/service-$2.log" started
  port_free "$at" || fail "port $at is in use; set COMPARE_PORT"
  started="$(now)"
  dotnet "$app/SecurityCoop.Api.dll" --urls "http://127.0.0.1:$at" --Logging:LogLevel:Default=Warning \
    --RateLimits:GraphQLPerMinute=0 "--GraphStore:DataPath=$data" >"$log" 2>&1 &
  service_pid=$!
  servers+=("$service_pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$at/health/ready"; do
    kill -0 "$service_pid" 2>/dev/null || { tail -40 "$log" >&2; fail "the service on $data did not start"; }
    sleep 0.05
  done
  service_ready_seconds="$(awk -v from="$started" -v to="$(now)" 'BEGIN { printf "%.3f", to - from }')"
}

# Stops a server this script started, and forgets it so that the exit trap never signals a reused process id.
stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
  local left=() pid
  for pid in "${servers[@]}"; do [ "$pid" = "$1" ] || left+=("$pid"); done
  servers=("${left[@]}")
}

[ -x "$python" ] && "$python" -c 'import igraph, networkx' 2>/dev/null \
  || fail "$python with igraph and networkx is missing (Debian: python3-igraph python3-networkx)"
command -v wrk >/dev/null || fail "wrk is missing (Debian: wrk)"
command -v node >/dev/null && [ -d "$root/benchmarks/peers/graphql/node_modules/mercurius" ] \
  || fail "node or the peer's packages are missing: run npm ci in benchmarks/peers/graphql"
for at in "$port" "$((port + 1))" "$((port + 2))" "$((port + 3))"; do port_free "$at" || fail "port $at is in use; set COMPARE_PORT"; done
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

app="$(build SecurityCoop.Api "${COMPARE_APP:-}" src)"
bench="$(build SecurityCoop.Benchmarks "${COMPARE_BENCH:-}" benchmarks)"

world="$work/world"
progress "generating a world of $relations relations"
dotnet "$app/SecurityCoop.Api.dll" generate --out "$world" --relations "$relations" >"$work/generate.log" 2>&1 \
  || { tail -20 "$work/generate.log" >&2; fail "generating the world"; }

progress "starting the service on the generated world"
start_service "$world" "$port"
world_cold_seconds="$service_ready_seconds"
stop "$service_pid"
[ -f "$world/.securitycoop.snapshot" ] || fail "the service wrote no snapshot of the generated world"
progress "ready in $world_cold_seconds s from the dataset; starting again, from the snapshot it wrote"
start_service "$world" "$port"
world_ready_seconds="$service_ready_seconds"
world_rss_ready="$(rss "$service_pid")"
progress "ready in $world_ready_seconds s; paths on $pairs pairs (igraph, networkx, /graphql, the store in process)"
"$python" "$root/benchmarks/peers/paths.py" "$world" "http://127.0.0.1:$port" "$pairs" \
  --store-command "dotnet '$bench/SecurityCoop.Benchmarks.dll' paths '$world'" >"$work/paths.json" \
  || fail "the path benchmark failed (hop counts differ, or a peer failed): $(cat "$work/paths.json")"
world_rss_after="$(rss "$service_pid")"
stop "$service_pid"

progress "starting the service, the mercurius peer and the minimal endpoints on the seed data"
start_service "$root/data" "$((port + 1))"
port_free "$((port + 2))" || fail "port $((port + 2)) is in use; set COMPARE_PORT"
: >"$work/peer.log"
node "$root/benchmarks/peers/graphql/server.mjs" "$root/data" "$((port + 2))" >"$work/peer.log" 2>&1 &
peer_pid=$!
servers+=("$peer_pid")
port_free "$((port + 3))" || fail "port $((port + 3)) is in use; set COMPARE_PORT"
: >"$work/minimal.log"
dotnet "$bench/SecurityCoop.Benchmarks.dll" minimal "$root/data" "$((port + 3))" >"$work/minimal.log" 2>&1 &
minimal_pid=$!
servers+=("$minimal_pid")
until grep -qs '^listening on ' "$work/peer.log" && grep -qs '^listening on ' "$work/minimal.log"; do
  kill -0 "$peer_pid" 2>/dev/null || { cat "$work/peer.log" >&2; fail "the peer did not start"; }
  kill -0 "$minimal_pid" 2>/dev/null || { cat "$work/minimal.log" >&2; fail "the minimal endpoints did not start"; }
  sleep 0.05
done
progress "GraphQL CPU per request: $rounds rounds of $seconds s, $connections connections"
"$python" "$root/benchmarks/peers/graphql.py" "http://127.0.0.1:$((port + 1))" "$service_pid" "http://127.0.0.1:$((port + 2))" \
  "$peer_pid" "$seconds" "$connections" "$rounds" --minimal "http://127.0.0.1:$((port + 3))" "$minimal_pid" >"$work/graphql.json" \
  || fail "the GraphQL benchmark failed"
stop "$minimal_pid"
stop "$peer_pid"
stop "$service_pid"

export relations world_cold_seconds world_ready_seconds world_rss_ready world_rss_after load_before
"$python" - "$work/paths.json" "$work/graphql.json" <<'PY'
import datetime, json, os, subprocess, sys

paths, graphql = (json.load(open(name)) for name in sys.argv[1:3])
relations = int(os.environ["relations"])
ready = float(os.environ["world_ready_seconds"])
cold = float(os.environ["world_cold_seconds"])
rss_ready, rss_after = int(os.environ["world_rss_ready"]), int(os.environ["world_rss_after"])


def target(value, bound):
    return {"value": round(value, 3), "target": bound, "met": value <= bound}


def at_least(value, bound):
    return {"value": round(value, 3), "target": bound, "atLeast": True, "met": value >= bound}


def cpu(question):
    figures = graphql["questions"][question]
    return figures["service"]["cpuMicrosPerRequest"] / figures["peer"]["cpuMicrosPerRequest"]


def cpu_model():
    with open("/proc/cpuinfo") as info:
        return next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), None)


report = {
    "graphqlCpuOverPeer": {q: target(cpu(q), 0.67) for q in graphql["questions"]},
    "graphqlThroughputOverMinimal": {q: at_least(figures["serviceOverMinimal"]["throughput"], 0.8)
                                     for q, figures in graphql["questions"].items()},
    "pathMedianStoreOverIgraph": target(paths["storeOverIgraph"]["median"], 0.1),
    "pathMedianStoreOverNetworkx": target(paths["storeOverNetworkx"]["median"], 1.0),
    "pathP99StoreOverIgraph": target(paths["storeOverIgraph"]["p99"], 0.1),
    "pathMedianGraphqlOverIgraph": target(paths["serviceOverIgraph"]["median"], 0.3),
    "bytesPerRelation": target(rss_after / relations, 150),
    "loadSecondsOverIgraphCsv": target(ready / paths["igraphCsvLoadSeconds"], 1.0),
    "firstLoadSecondsOverIgraphCsv": round(cold / paths["igraphCsvLoadSeconds"], 3),
}
targets = ([v for v in report.values() if isinstance(v, dict) and "met" in v] + list(report["graphqlCpuOverPeer"].values())
           + list(report["graphqlThroughputOverMinimal"].values()))
report["allMet"] = all(t["met"] for t in targets)
report["figures"] = {
    "relations": relations,
    "serviceStartToReadySeconds": round(ready, 3),
    "serviceFirstStartToReadySeconds": round(cold, 3),
    "serviceResidentBytesReady": rss_ready,
    "serviceResidentBytesAfterPaths": rss_after,
    "serviceBytesPerRelationReady": round(rss_ready / relations, 1),
    "paths": paths,
    "graphql": graphql,
}
report["machine"] = {
    "nproc": os.cpu_count(),
    "cpuModel": cpu_model(),
    "memoryTotalKb": next(int(l.split()[1]) for l in open("/proc/meminfo") if l.startswith("MemTotal:")),
    "loadAverageBefore": os.environ["load_before"],
    "loadAverageAfter": " ".join(open("/proc/loadavg").read().split()[:3]),
    "dotnet": subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip(),
    "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
}
print(json.dumps(report, indent=2))
PY
