#!/usr/bin/env bash
# Builds nothing: runs the built web app (Release) on a free loopback port, runs a browser script of this folder against it
# (default measure-viewer.mjs; `tools/viewer/measure-viewer.sh screenshots.mjs` for the screenshots), stops it.
# Needs: ./test.sh or (cd src/DfxrmViz.Viewer && npm ci && npm run build) && dotnet build -c Release, and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
script="${1:-measure-viewer.mjs}"
mkdir -p test-artifacts
port=$(python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/DfxrmViz.Web -c Release --no-build --urls "http://127.0.0.1:$port" \
  > test-artifacts/viewer-app.log 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
BASE_URL="http://127.0.0.1:$port" node "tools/viewer/$script"
