#!/usr/bin/env bash
# Scale-out check on loopback ports, from Debian packages only: PostgreSQL (saved plans) and Redis (live rooms, SignalR
# backplane, Data Protection keys) from tools/test-services.sh, two app instances "a" and "b" configured by the two
# connection strings alone, and nginx with sticky sessions (deploy/nginx/dfxrmviz.conf.template) in front of them.
# Shows: the proxy balances new browsers and keeps a browser on its instance; a plan saved on one instance opens on the
# other; a live room spans both instances (a change made on "a" appears on "b"; the latency is printed); a Blazor
# circuit works through the proxy. Usage: tools/scale/topology.sh [room edits, default 10]. Exits non-zero on a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
. tools/test-services.sh
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || apt_install nginx
[ -x /usr/bin/chromium ] || apt_install chromium
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

work=$(mktemp -d /tmp/dfxrmviz-scale.XXXXXX)
chmod 777 "$work"
# Published output, as in production: the instances run in the Production environment, which serves the published assets
# of their content root only (hence --contentRoot; by default it is the current directory).
echo "== publish (Release)"
[ -f wwwroot/js/viewer.js ] || (cd src/DfxrmViz.Viewer && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build)
dotnet publish src/DfxrmViz.Web -c Release -o "$work/publish" -nologo -v quiet >/dev/null
app="$work/publish/DfxrmViz.Web.dll"
(cd tools/measure && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
pids=()
cleanup() {
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  stop_test_services
  rm -rf "$work"
}
start_test_services
trap cleanup EXIT

fail=0
check() { # check "what" command...
  if "${@:2}"; then echo "ok    $1"; else echo "FAIL  $1"; fail=1; fi
}

declare -A port
for name in a b; do
  port[$name]=$(free_port)
  mkdir -p "$work/$name"
  ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning DfxrmViz__InstanceName=$name DfxrmViz__DataDirectory="$work/$name" \
    ConnectionStrings__Plans="$DFXRMVIZ_TEST_POSTGRES" ConnectionStrings__Redis="$DFXRMVIZ_TEST_REDIS" \
    dotnet "$app" --contentRoot "$work/publish" --urls "http://127.0.0.1:${port[$name]}" >"$work/$name.log" 2>&1 &
  pids+=($!)
done
proxy_port=$(free_port)
mkdir -p "$work/nginx"
sed -e "s/\${DFX_PROXY_PORT}/127.0.0.1:$proxy_port/" -e "s/\${DFX_APP_A}/127.0.0.1:${port[a]}/" \
    -e "s/\${DFX_APP_B}/127.0.0.1:${port[b]}/" deploy/nginx/dfxrmviz.conf.template >"$work/nginx/dfxrmviz.conf"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/body; proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi; uwsgi_temp_path $work/nginx/uwsgi; scgi_temp_path $work/nginx/scgi;
  include $work/nginx/dfxrmviz.conf;
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf"

wait_up() { local i; for i in $(seq 1 120); do curl -fsS "$1/healthz" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }
for name in a b; do
  wait_up "http://127.0.0.1:${port[$name]}" || { echo "instance $name did not start:"; cat "$work/$name.log"; exit 1; }
done
proxy="http://127.0.0.1:$proxy_port"
echo "== instances a :${port[a]}, b :${port[b]}; nginx :$proxy_port; PostgreSQL and Redis as above"

instance_of() { curl -fsS -o /dev/null -D - "$@" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-dfx-instance"{print $2}'; }
check "proxy answers /healthz" curl -fsS "$proxy/healthz" -o /dev/null
seen=$(for i in 1 2 3 4 5 6; do instance_of "$proxy/healthz"; done | sort -u | tr '\n' ' ')
check "new browsers are balanced over both instances (saw: $seen)" test "$seen" = "a b "
check "a browser with cookie a stays on a" test "$(for i in 1 2 3; do instance_of -b dfx_instance=a "$proxy/healthz"; done | sort -u)" = a
check "a browser with cookie b stays on b" test "$(for i in 1 2 3; do instance_of -b dfx_instance=b "$proxy/healthz"; done | sort -u)" = b

plan='{"plan":{"version":1,"crystal":{"builtin":"LiNbO3"},"energyKeV":18.25,"sampleUm":{"height":5000,"width":5000,"thickness":150}}}'
saved=$(curl -fsS -X POST "http://127.0.0.1:${port[a]}/api/v1/plans" -H 'content-type: application/json' -d "$plan")
id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$saved")
energy_on_b=$(curl -fsS "http://127.0.0.1:${port[b]}/api/v1/plans/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["plan"]["energyKeV"])')
check "a plan saved on a opens on b (energy $energy_on_b keV)" test "$energy_on_b" = 18.25

room=$(curl -fsS -X POST "http://127.0.0.1:${port[a]}/api/v1/rooms" -H 'content-type: application/json' -d "$plan")
room_id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])' <<<"$room")
check "a room opened on a is known on b" curl -fsS "http://127.0.0.1:${port[b]}/api/v1/rooms/$room_id" -o /dev/null

if [ -n "${DFX_SCALE_KEEP:-}" ]; then  # for debugging: keep the topology up until Ctrl+C
  echo "== kept up (DFX_SCALE_KEEP): a http://127.0.0.1:${port[a]}, b http://127.0.0.1:${port[b]}, proxy $proxy, room $room_id"
  while sleep 3600; do :; done
fi
echo "== browsers: a live room across the instances, and a circuit through the proxy"
if node tools/scale/room-across.mjs "http://127.0.0.1:${port[a]}" "http://127.0.0.1:${port[b]}" "$proxy" "$room_id" "${1:-10}"; then
  echo "ok    live room across instances and a circuit through the proxy"
else
  echo "FAIL  live room across instances or a circuit through the proxy"; fail=1
fi
if [ "$fail" -ne 0 ]; then
  mkdir -p test-artifacts/scale && cp "$work"/*.log "$work/nginx/error.log" test-artifacts/scale/ 2>/dev/null || true
  echo "(the instances' logs are kept in test-artifacts/scale/)"
  for name in a b; do echo "--- instance $name log (tail)"; tail -n 30 "$work/$name.log"; done
  echo "--- nginx error log"; cat "$work/nginx/error.log" 2>/dev/null || true
  echo "scale-out check: FAILED"; exit 1
fi
echo "scale-out check: passed"
