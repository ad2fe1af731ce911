#!/usr/bin/python3
"""GraphQL CPU cost per request: the service's /graphql against a peer GraphQL server (mercurius with graphql-jit on
fastify, benchmarks/peers/graphql/) that answers the same three questions from the same dataset.

For each question it first checks that both servers answer with byte-identical bodies (and fails, showing both, if
not). Then it runs wrk (benchmarks/peers/graphql.lua) against each server in turn: a short warm-up of each, then
ROUNDS rounds of service, peer, each run SECONDS long over CONNECTIONS connections. Around each run it reads the
server process's CPU time (utime + stime of every thread, /proc/PID/stat), so a server is charged only for its own
runs. Give the PIDs of the processes that serve: the dotnet process (or the test host it runs in) and the node
process itself, not a wrapper such as npm. wrk runs on the same machine and takes cores from both.

With --minimal URL PID it also runs the benchmarks project's minimal endpoints (SecurityCoop.Benchmarks minimal DIR
PORT: one ASP.NET endpoint per question over the same store, writing the same bytes, checked like the peer's) in
each round, and reports the service's throughput over theirs: what GraphQL and its transport leave of the floor.

It prints one JSON object: per question and server the requests per second, CPU microseconds per request, the cores
that took (CPU seconds over wall seconds), p50 and p99 latency in ms (median over the rounds) and CPU per request in
each round, to show the noise; and the ratios service/peer for CPU per request and p99. Exits 1 if the bodies differ
or a run had socket errors or responses wrk counts as errors (status 400 and above).

Usage: benchmarks/peers/graphql.py SERVICE_URL SERVICE_PID PEER_URL PEER_PID [SECONDS] [CONNECTIONS] [ROUNDS] [--minimal URL PID]
  defaults: 10 seconds per run, 16 connections, 3 rounds. e.g.
    dotnet build src/SecurityCoop.Api -c Release -o OUT
    dotnet OUT/SecurityCoop.Api.dll --urls http://127.0.0.1:5310 --Logging:LogLevel:Default=Warning \
        --RateLimits:GraphQLPerMinute=0 & SERVICE=$!
    (cd benchmarks/peers/graphql && npm ci)
    node benchmarks/peers/graphql/server.mjs data 5311 & PEER=$!
    benchmarks/peers/graphql.py http://127.0.0.1:5310 $SERVICE http://127.0.0.1:5311 $PEER 10 16
"""
import json, os, shutil, statistics, subprocess, sys, urllib.error, urllib.request

QUESTIONS = {
    "overlap": '{ overlap(bodies: ["org:asean", "mech:arf"]) { count members { node { id } } } }',
    "members": '{ node(id: "org:sco") { name ... on Organisation { members { member { id name } role } } } }',
    "shortestPath": '{ shortestPath(from: "state:india", to: "mech:rats") { length steps { relation { from { id } to { id } } } } }',
}
# The minimal endpoints' request for each question: the same arguments in a query string.
MINIMAL = {
    "overlap": "/overlap?bodies=org:asean&bodies=mech:arf",
    "members": "/members?id=org:sco",
    "shortestPath": "/shortestPath?from=state:india&to=mech:rats",
}
HEADERS = {"Content-Type": "application/json", "Accept": "application/graphql-response+json"}
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "graphql.lua")
TICKS = os.sysconf("SC_CLK_TCK")


def fail(message):
    print(message, file=sys.stderr)
    sys.exit(1)


def cpu_ticks(pid):
    """User plus system time of the whole process, in clock ticks: fields 14 and 15 of /proc/PID/stat."""
    with open(f"/proc/{pid}/stat") as stat:
        text = stat.read()
    fields = text[text.rindex(")") + 2:].split()  # the name, in parentheses, may hold spaces
    return int(fields[11]) + int(fields[12])


def post(url, body):
    """POSTs BODY to URL/graphql; with no body, GETs URL itself (a minimal endpoint)."""
    request = urllib.request.Request(url + "/graphql", body, HEADERS) if body else urllib.request.Request(url, headers=HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def check_bodies(servers, requests):
    """Every server's answer to each question must be the service's, byte for byte, with status 200."""
    for question in QUESTIONS:
        answers = {name: post(*requests[question, name]) for name in servers}
        service = answers["service"]
        for name, answer in answers.items():
            if answer != service or answer[0] != 200:
                fail(f"'{question}': the bodies differ, or a status is not 200.\n  service {service[0]}: {service[1][:2000]!r}\n"
                     f"  {name} {answer[0]}: {answer[1][:2000]!r}")


def wrk(url, pid, body, seconds, connections):
    """One wrk run with the server's CPU ticks over it: wrk's figures plus 'ticks'. BODY is POSTed to URL/graphql; with
    none, URL is fetched with GET."""
    environment = dict(os.environ, GRAPHQL_BODY=body.decode() if body else "")
    target = url + "/graphql" if body else url
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", SCRIPT, target]
    before = cpu_ticks(pid)
    done = subprocess.run(command, env=environment, capture_output=True, text=True)
    ticks = cpu_ticks(pid) - before
    lines = [line for line in done.stdout.splitlines() if line.startswith("wrk-json ")]
    if done.returncode != 0 or not lines:
        fail(f"wrk failed against {url} (exit {done.returncode}): {done.stdout} {done.stderr}")
    return dict(json.loads(lines[-1][len("wrk-json "):]), ticks=ticks)


def summary(runs):
    requests = sum(r["requests"] for r in runs)
    seconds = sum(r["durationMicros"] for r in runs) / 1e6
    cpu = sum(r["ticks"] for r in runs) / TICKS
    return {
        "requestsPerSecond": round(requests / seconds, 1),
        "cpuMicrosPerRequest": round(cpu * 1e6 / requests, 1) if requests else None,
        "cpuCores": round(cpu / seconds, 2),
        "p50Ms": round(statistics.median(r["p50Micros"] for r in runs) / 1000, 3),
        "p99Ms": round(statistics.median(r["p99Micros"] for r in runs) / 1000, 3),
        "requests": requests,
        "cpuMicrosPerRequestByRound": [round(r["ticks"] / TICKS * 1e6 / r["requests"], 1) if r["requests"] else None for r in runs],
    }


def ratio(a, b):
    return round(a / b, 2) if a and b else None


def main():
    arguments = sys.argv[1:]
    minimal = None
    if "--minimal" in arguments:
        at = arguments.index("--minimal")
        if len(arguments) < at + 3:
            fail(__doc__)
        minimal = (arguments[at + 1].rstrip("/"), int(arguments[at + 2]))
        del arguments[at:at + 3]
    if len(arguments) < 4:
        fail(__doc__)
    servers = {"service": (arguments[0].rstrip("/"), int(arguments[1])), "peer": (arguments[2].rstrip("/"), int(arguments[3]))}
    if minimal:
        servers["minimal"] = minimal
    seconds, connections, rounds = (int(a) for a in (arguments[4:7] + ["10", "16", "3"][len(arguments[4:7]):]))
    if not shutil.which("wrk"):
        fail("wrk is not on the PATH; install it (Debian: apt-get install wrk).")
    for name, (_, pid) in servers.items():
        if not os.path.exists(f"/proc/{pid}/stat"):
            fail(f"the {name} process {pid} is not running.")
    # (url, body) per question and server: GraphQL servers get the query POSTed to /graphql, the minimal endpoints a GET.
    requests = {(q, name): (url + MINIMAL[q], None) if name == "minimal" else (url, json.dumps({"query": query}).encode())
                for q, query in QUESTIONS.items() for name, (url, _) in servers.items()}
    check_bodies(servers, requests)

    runs = {(q, s): [] for q in QUESTIONS for s in servers}
    for (question, name), (url, body) in requests.items():
        wrk(url, servers[name][1], body, max(1, min(2, seconds)), connections)  # warm-up: JIT, tiered compilation, pools
    for _ in range(rounds):
        for question in QUESTIONS:
            for name, (_, pid) in servers.items():
                url, body = requests[question, name]
                runs[question, name].append(wrk(url, pid, body, seconds, connections))

    report = {"secondsPerRun": seconds, "connections": connections, "rounds": rounds, "cpus": os.cpu_count(),
              "bodiesIdentical": True, "questions": {}}
    for question in QUESTIONS:
        service, peer = summary(runs[question, "service"]), summary(runs[question, "peer"])
        report["questions"][question] = {"service": service, "peer": peer, "serviceOverPeer": {
            "cpuPerRequest": ratio(service["cpuMicrosPerRequest"], peer["cpuMicrosPerRequest"]),
            "p99": ratio(service["p99Ms"], peer["p99Ms"])}}
        if minimal:
            floor = summary(runs[question, "minimal"])
            report["questions"][question]["minimal"] = floor
            report["questions"][question]["serviceOverMinimal"] = {
                "throughput": ratio(service["requestsPerSecond"], floor["requestsPerSecond"]),
                "cpuPerRequest": ratio(service["cpuMicrosPerRequest"], floor["cpuMicrosPerRequest"])}
    print(json.dumps(report, indent=2))
    errors = [f"{q} on {s}: {r['requests']} requests, errors {r['errors']}"
              for (q, s), rs in runs.items() for r in rs if any(r["errors"].values()) or r["requests"] == 0]
    if errors:
        fail("runs with errors (socket errors, status 400 and above, or no requests):\n  " + "\n  ".join(errors))


if __name__ == "__main__":
    main()
