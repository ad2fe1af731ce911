-- wrk script for benchmarks/peers/graphql.py: POSTs one GraphQL request, the JSON body in the GRAPHQL_BODY environment
-- variable (or GETs the URL when it is empty: the minimal endpoints), and at the end prints wrk's own figures as one line, "wrk-json {...}", so nothing is parsed from its text.
local body = os.getenv("GRAPHQL_BODY") or ""
if body ~= "" then
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
wrk.headers["Accept"] = "application/graphql-response+json"

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'wrk-json {"requests":%d,"durationMicros":%d,"p50Micros":%.0f,"p99Micros":%.0f,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
