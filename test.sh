#!/usr/bin/env bash
# Runs every test of DfxrmViz (unit, component/API, browser) on a fresh Debian machine with the .NET 10 SDK.
# Installs what the tests need: Debian's chromium (browser tests; never a downloaded browser), poppler-utils and
# zbar-tools (the PDF tests render the logbook page and decode its QR code), the npm packages that build the viewer
# bundle and fonts, and Debian's postgresql and redis-server (throw-away servers on loopback for the storage tests,
# stopped at exit). Prints 'N passed, N failed' last and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# as_root, apt_install and the PostgreSQL/Redis starters.
. tools/test-services.sh

if [ ! -x /usr/bin/chromium ]; then
  apt_install chromium
fi

if [ ! -x /usr/bin/pdftoppm ] || [ ! -x /usr/bin/zbarimg ]; then
  apt_install poppler-utils zbar-tools
fi

echo "== viewer bundle and fonts (npm ci + esbuild)"
(cd src/DfxrmViz.Viewer && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)

echo "== build (warnings are errors)"
dotnet build DfxrmViz.sln -c Release -nologo -v quiet

echo "== dotnet format --verify-no-changes"
dotnet format DfxrmViz.sln --verify-no-changes --no-restore -v quiet

# Real PostgreSQL and Redis for the storage suite. Their tests fail without them; to leave them out locally:
# dotnet test --filter "Service!=PostgreSQL&Service!=Redis".
start_test_services

echo "== tests"
results=test-artifacts/trx
rm -rf "$results"
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "-- $name"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    -- RunConfiguration.TreatNoTestsAsError=true || status=$?
done

passed=0; failed=0; total=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -n 1)
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters"); fl=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  t=$(sed -E 's/.* total="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + fl)); total=$((total + t))
done
echo "screenshots of the browser tests: test-artifacts/e2e/"
if [ "$total" -eq 0 ]; then echo "no test ran"; status=1; fi
echo "$passed passed, $failed failed"
exit "$status"
