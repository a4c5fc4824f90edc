#!/usr/bin/env bash
# Issue 13's "./run.sh on a fresh clone saves a plan into ./data": starts ./run.sh (publish + embedded SQLite) on a free
# loopback port, saves the example plan through the API (docs/api.md: POST /api/v1/plans → 201 {id, url}), reopens it
# (GET /api/v1/plans/{id} and the page /p/{id}), stops the app, and checks that ./data/plans.db holds the id.
# Run from a fresh clone:  tools/smoke/run-saves-into-data.sh   (exit 0 = saved, reopened and found on disk).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"
log=$(mktemp)
DFXRMVIZ_URLS="$base" ./run.sh >"$log" 2>&1 &
app=$!
stop() { kill "$app" 2>/dev/null || true; pkill -f "DfxrmViz.Web.dll --urls $base" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 600); do
  curl -fsS "$base/healthz" >/dev/null 2>&1 && break
  kill -0 "$app" 2>/dev/null || { cat "$log"; echo "run.sh ended before the app answered"; exit 1; }
  sleep 1
done
curl -fsS "$base/healthz" >/dev/null || { cat "$log"; echo "no answer on $base/healthz"; exit 1; }
plan='{"plan":{"version":1,"crystal":{"builtin":"LiNbO3"},"energyKeV":17,"hkl":[1,-1,2]}}'
answer=$(curl -fsS -X POST -H 'Content-Type: application/json' --data "$plan" "$base/api/v1/plans")
id=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["id"])' "$answer")
echo "saved: $answer"
curl -fsS "$base/api/v1/plans/$id" | python3 -c 'import json,sys; p=json.load(sys.stdin); p=p.get("plan",p); assert p["energyKeV"]==17, p; print("reopened: energyKeV", p["energyKeV"])'
code=$(curl -s -o /dev/null -w '%{http_code}' "$base/p/$id"); [ "$code" = 200 ] || { echo "/p/$id answered $code"; exit 1; }
echo "page /p/$id: $code"
stop; trap - EXIT
[ -f data/plans.db ] || { echo "no data/plans.db"; ls -la data || true; exit 1; }
# The id is stored as text in the plans table; grep -a reads the SQLite file (and its WAL, if not yet checkpointed) as bytes.
if grep -aq "$id" data/plans.db data/plans.db-wal 2>/dev/null; then echo "found $id in ./data/plans.db"; else echo "$id not in ./data"; exit 1; fi
