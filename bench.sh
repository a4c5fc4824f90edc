#!/usr/bin/env bash
# One benchmark command: the BenchmarkDotNet suite (benchmarks/DfxrmViz.Benchmarks) in a reduced-time job and, in the same
# run, the reference programs on the same inputs (Debian python3-gemmi and python3-xraydb through tools/bench), then one
# table: benchmark, our median, reference median, ratio, goal (tools/bench/table.py). Also times POST /api/v1/reflections
# end to end against an instance it starts on a loopback port. Nothing here runs in ./test.sh: speed is not a unit test.
# Usage: ./bench.sh [--job short|medium|long]   (default short: BenchmarkDotNet's 3 warm-ups + 3 iterations per benchmark)
# In process (BenchmarkDotNet's in-process toolchain): no per-benchmark build of boilerplate projects, which on 2 busy cores
# can exceed BenchmarkDotNet's 2-minute build timeout.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
. tools/test-services.sh
/usr/bin/python3 -c 'import gemmi, xraydb' 2>/dev/null || apt_install python3-gemmi python3-xraydb
job=short
if [ "${1:-}" = --job ]; then job=${2:?--job needs a value}; fi
out=test-artifacts/bench
rm -rf "$out" && mkdir -p "$out"

echo "== build (Release)"
[ -f wwwroot/js/viewer.js ] || (cd src/DfxrmViz.Viewer && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
dotnet build benchmarks/DfxrmViz.Benchmarks -c Release -nologo -v quiet
dotnet build src/DfxrmViz.Web -c Release -nologo -v quiet

echo "== reference programs (gemmi, xraydb)"
/usr/bin/python3 tools/bench/references.py | tee "$out/references.jsonl"

echo "== POST /api/v1/reflections end to end"
# The per-address rate limit (README "Limits", on in Production) is off: this times the request path, not the limiter.
port=$(free_port)
data=$(mktemp -d /tmp/dfxrmviz-bench.XXXXXX)
# Content root = the build output, as ./run.sh and the Dockerfile run the published app: its appsettings.json applies
# (Microsoft.AspNetCore logs at Warning). From the repo root it was not read, and two Information lines per request were timed.
bin=src/DfxrmViz.Web/bin/Release/net10.0/linux-x64
DfxrmViz__DataDirectory="$data" DfxrmViz__Limits__Enabled=false dotnet "$bin/DfxrmViz.Web.dll" --contentRoot "$PWD/$bin" --urls "http://127.0.0.1:$port" \
  >"$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
/usr/bin/python3 tools/bench/api_reflections.py "127.0.0.1:$port" | tee -a "$out/references.jsonl"
kill $app 2>/dev/null || true

echo "== BenchmarkDotNet ($job job)"
dotnet run -c Release --no-build --project benchmarks/DfxrmViz.Benchmarks -- --job "$job" --inProcess --exporters json \
  --artifacts "$out/bdn" --filter '*CifReadBenchmarks.ReadAndExpandLiNbO3' '*AttenuationCurveBenchmarks.Elam2000Energies' \
  '*ReflectionTableBenchmarks.*NoAnomalous' '*OrientationBenchmarks.*Esrf*' '*LensBenchmarks.SolveThick' '*SceneBenchmarks.*' \
  '*PdfReportBenchmarks.WritePdf' '*PlanRecomputeBenchmarks.EnergyChangeWithReachability' '*PlanRecomputeBenchmarks.NewCrystalColdWithTable' >"$out/bdn.log" 2>&1 \
  || { tail -n 40 "$out/bdn.log"; exit 1; }

echo
/usr/bin/python3 tools/bench/table.py "$out/bdn" "$out/references.jsonl" | tee "$out/table.txt"
