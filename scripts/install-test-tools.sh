#!/usr/bin/env bash
# Installs what the test suites need beyond the .NET SDK, and only what is missing: Node.js and npm, Debian's
# networkx and igraph (real readers of our GraphML and GEXF, and path peers), Chromium (the explorer's browser test)
# and wrk (the benchmarks' smoke tests), then the npm packages: the GraphiQL and Cytoscape.js assets the API bundles,
# the graphql-http audit tool, Neo4j's Cypher linter, graphology and Cytoscape.js as export consumers,
# playwright-core, and the mercurius peer the GraphQL benchmark compares with. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1 || missing+=(python3-networkx)
/usr/bin/python3 -c 'import igraph' >/dev/null 2>&1 || missing+=(python3-igraph)
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

for dir in src/SecurityCoop.Api/client tests/audit tests/cypher-lint tests/consumers tests/browser benchmarks/peers/graphql; do
  [ -f "$dir/package-lock.json" ] || continue
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    echo "Installing npm packages in $dir..."
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
