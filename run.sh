#!/usr/bin/env bash
# Builds and starts DfxrmViz on http://localhost:8080 with the embedded default storage (./data).
# Needs the .NET 10 SDK and node/npm; installs the npm packages and builds the viewer bundle itself.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

echo "== viewer bundle and fonts (npm ci + esbuild)"
(cd src/DfxrmViz.Viewer && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)

echo "== publish (Release)"
dotnet publish src/DfxrmViz.Web -c Release -o .run/publish -nologo -v quiet

mkdir -p data
export DfxrmViz__DataDirectory="$PWD/data"
echo "== DfxrmViz on http://localhost:8080 (Ctrl+C stops it)"
cd .run/publish
exec dotnet DfxrmViz.Web.dll --urls "${DFXRMVIZ_URLS:-http://localhost:8080}"
