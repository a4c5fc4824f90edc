#!/usr/bin/env bash
# Load test of real Blazor Server circuits (README "Benchmarks"): builds the app and tools/loadtest/DfxrmViz.LoadTest in
# Release, starts its own instance on a free loopback port (Production, data directory in a temp dir, the per-address limits
# off: they would refuse more than 20 circuits from 127.0.0.1), then N simulated users, each a circuit over SignalR that
# changes the energy once a second for S seconds and times until the render batch that shows the new value; then they
# leave like closed tabs and the server's log must show every circuit disposed. Server RSS before/after → MB per circuit;
# server CPU over the edit phase. Traffic goes to 127.0.0.1 only. Nothing here runs in ./test.sh: speed is not a unit test.
# Usage: ./loadtest.sh [--users N] [--seconds S] [--no-build]     (defaults 10 users, 20 s)
# Last line: users=N p50_ms=X p95_ms=Y errors=E mb_per_circuit=M
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
users=10 seconds=20 build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --users) users=${2:?--users needs a number}; shift 2 ;;
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option $1 (usage: ./loadtest.sh [--users N] [--seconds S] [--no-build])" >&2; exit 2 ;;
  esac
done
[[ "$users" =~ ^[1-9][0-9]*$ ]] || { echo "--users $users: a whole number ≥ 1" >&2; exit 2; }
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || { echo "--seconds $seconds: a whole number ≥ 1" >&2; exit 2; }

out=test-artifacts/loadtest
rm -rf "$out" && mkdir -p "$out"
if (( build )); then
  echo "== build (Release)"
  [ -f wwwroot/js/viewer.js ] || (cd src/DfxrmViz.Viewer && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
  dotnet build src/DfxrmViz.Web -c Release -nologo -v quiet
  dotnet build tools/loadtest/DfxrmViz.LoadTest -c Release -nologo -v quiet
fi

port=$(/usr/bin/python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
data=$(mktemp -d /tmp/dfxrmviz-loadtest.XXXXXX)
# CircuitLifetimeLog at Debug: it logs each released circuit, which the load generator counts after the users left (the
# framework's CircuitHost at Debug would also log every JS interop call, ~7 % of the server's CPU under load).
# Content root = the build output, as ./run.sh runs the published app: its appsettings.json applies (Microsoft.AspNetCore at
# Warning); from the repo root every request and circuit event was logged at Information.
env ASPNETCORE_ENVIRONMENT=Production DfxrmViz__DataDirectory="$data" DfxrmViz__Limits__Enabled=false \
  "Logging__LogLevel__DfxrmViz.Web.Hosting.CircuitLifetimeLog=Debug" \
  dotnet src/DfxrmViz.Web/bin/Release/net10.0/linux-x64/DfxrmViz.Web.dll --contentRoot "$PWD/src/DfxrmViz.Web/bin/Release/net10.0/linux-x64" \
  --urls "http://127.0.0.1:$port" >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null || { echo "the app did not answer /healthz within 60 s:" >&2; tail -n 30 "$out/app.log" >&2; exit 1; }

status=0
dotnet tools/loadtest/DfxrmViz.LoadTest/bin/Release/net10.0/linux-x64/DfxrmViz.LoadTest.dll --url "http://127.0.0.1:$port/" \
  --users "$users" --seconds "$seconds" --server-pid "$app" --server-log "$out/app.log" --capture "$out/capture" \
  | tee "$out/result.txt" || status=$?
if grep -q -E "fail:|crit:" "$out/app.log"; then
  echo "server log ($out/app.log) has errors:"
  grep -A 3 -E "fail:|crit:" "$out/app.log" | head -n 20
fi
exit "$status"
