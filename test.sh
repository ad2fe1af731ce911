#!/usr/bin/env bash
# Runs every test SecurityCoop has. Installs what the tests need first (Node.js tools), then checks
# formatting, then runs the test suites: dataset validation, the store contract suite, the GraphQL API over
# real HTTP, the schema sync check and the graphql-http server audit.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-test-tools.sh
# The tools are installed now: a test that finds one missing fails instead of skipping.
export SECURITYCOOP_REQUIRE_TOOLS=1
dotnet format SecurityCoop.sln --verify-no-changes
dotnet test SecurityCoop.sln "$@"
