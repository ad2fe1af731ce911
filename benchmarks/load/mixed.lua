-- A mixed GraphQL load for wrk: ordinary questions, and abusive documents the service must refuse with a 4xx.
-- Each thread counts responses by status; done() prints them as one JSON line.
local good = {
  '{"query":"{ overlap(bodies: [\\"org:asean\\", \\"mech:arf\\"]) { count members { node { id } } } }"}',
  '{"query":"{ node(id: \\"org:sco\\") { name ... on Organisation { members { member { id name } role } } } }"}',
  '{"query":"{ shortestPath(from: \\"state:india\\", to: \\"mech:rats\\") { length steps { relation { from { id } to { id } } } } }"}',
  '{"query":"{ search(text: \\"ADMM\\") { node { id name } match } }"}',
  '{"query":"{ kShortestPaths(from: \\"state:china\\", to: \\"org:asean\\", k: 5) { length } }"}',
  '{"query":"{ linked(from: \\"mech:rats\\", maxHops: 2) { distance node { id } } }"}',
}
local bad = {
  '{"query":"{ __schema { types { possibleTypes { interfaces { possibleTypes { interfaces { possibleTypes { name } } } } } } } }"}',
  '{"query":"{ a0: export(format: \\"graphml\\") { content } a1: export(format: \\"graphml\\") { content } a2: export(format: \\"graphml\\") { content } a3: export(format: \\"graphml\\") { content } a4: export(format: \\"graphml\\") { content } a5: export(format: \\"graphml\\") { content } }"}',
}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  sent = 0
end

function request()
  sent = sent + 1
  local body
  if sent % 10 == 0 then body = bad[(sent / 10) % #bad + 1] else body = good[sent % #good + 1] end
  return wrk.format("POST", "/graphql", { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for status, n in pairs(c) do total[status] = (total[status] or 0) + n end
  end
  local parts = {}
  for status, n in pairs(total) do table.insert(parts, string.format('"%d": %d', status, n)) end
  io.write(string.format('{"statuses": {%s}, "socketErrors": %d, "requests": %d, "p50ms": %.2f, "p99ms": %.2f}\n',
    table.concat(parts, ", "), summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
