#!/usr/bin/env bash
# Installs what the test suites need beyond the .NET SDK: Node.js and npm (from Debian when missing),
# the GraphiQL assets the API bundles, the graphql-http audit tool and Neo4j's Cypher linter. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "Installing Node.js and npm from Debian packages..."
  as_root apt-get update -qq
  as_root apt-get install -y -qq nodejs npm
fi

for dir in src/SecurityCoop.Api/client tests/audit tests/cypher-lint; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
    echo "Installing npm packages in $dir..."
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
