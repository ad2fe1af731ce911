#!/usr/bin/env bash
# Mixed load on the GraphQL endpoint: 64 connections for 60 s, twice, against a Release build of the service
# (embedded store, seed data, rate limits off). Reports each run's statuses, socket errors, latency and the
# service's resident memory after it, and fails if any answer was a 5xx, a socket error, or an ordinary question
# was refused. Installs wrk from Debian's packages when it is missing. Usage: benchmarks/load/run.sh [seconds] [connections] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk
fi
seconds="${1:-60}"
connections="${2:-64}"
port=5181
out="$(mktemp -d)"
dotnet build src/SecurityCoop.Api -c Release -o "$out/app" -v quiet -nologo >/dev/null
dotnet "$out/app/SecurityCoop.Api.dll" --urls "http://127.0.0.1:$port" --Logging:LogLevel:Default=Warning \
  --RateLimits:GraphQLPerMinute=0 >"$out/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true; rm -rf "$out"' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$service/status"; }
echo "{\"rssMbAtStart\": $(rss)}"
status=0
for run in $(seq 1 "${3:-2}"); do
  line=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s benchmarks/load/mixed.lua "http://127.0.0.1:$port" | tail -1)
  echo "{\"run\": $run, \"result\": $line, \"rssMbAfter\": $(rss)}"
  python3 - "$line" <<'PY' || status=1
import json, sys
r = json.loads(sys.argv[1])
statuses = {int(k): v for k, v in r["statuses"].items()}
server_errors = sum(v for k, v in statuses.items() if k >= 500)
if server_errors or r["socketErrors"] or statuses.get(400, 0) > r["requests"] * 0.11:
    sys.exit(f"server errors {server_errors}, socket errors {r['socketErrors']}, statuses {statuses}")
PY
done
exit $status
