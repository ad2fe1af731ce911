#!/bin/sh
# Seeds Neo4j (constraints, indexes, dataset: idempotent, so every start is safe), then serves the API.
set -e
if [ "${GraphStore__Provider:-Embedded}" = "Neo4j" ]; then
  dotnet /app/SecurityCoop.Api.dll seed
fi
exec dotnet /app/SecurityCoop.Api.dll --urls "${ASPNETCORE_URLS:-http://0.0.0.0:5080}"
