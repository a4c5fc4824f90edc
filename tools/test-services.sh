# Throw-away PostgreSQL and Redis for the storage tests, from Debian's packages, on free loopback ports.
# Sourced by ./test.sh:  . tools/test-services.sh && start_test_services  (stops and removes them at exit).
# Exports DFXRMVIZ_TEST_POSTGRES (an admin connection string) and DFXRMVIZ_TEST_REDIS (host:port).
# PostgreSQL refuses to run as root, so as root its cluster belongs to Debian's 'postgres' system user.

test_services_dir=""

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  echo "== installing Debian $*"
  # Other apt users (a second job on the machine) hold the lock for a while: wait for it rather than fail.
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "$@" >/dev/null
}

free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }

start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    apt_install postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  local run=() owner
  owner=$(id -un)
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
    owner=postgres
    run=(runuser -u postgres --)
  fi
  local pg="$test_services_dir/postgres" port
  mkdir -p "$pg" && chown "$owner" "$pg"
  port=$(free_port)
  "${run[@]}" "$bin/initdb" -D "$pg/data" -U dfxrmviz -A trust -E UTF8 --no-sync >"$pg/initdb.log" 2>&1 \
    || { cat "$pg/initdb.log"; return 1; }
  # fsync stays on (the default): the durability of saves is part of what is tested.
  "${run[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg -c max_connections=200" start >/dev/null \
    || { cat "$pg/server.log"; return 1; }
  test_services_pg=("${run[@]}" "$bin/pg_ctl" -D "$pg/data" -m immediate -w stop)
  export DFXRMVIZ_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=dfxrmviz;Database=postgres"
  echo "== PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throw-away cluster in $pg)"
}

start_test_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  local port
  port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
    --dir "$test_services_dir" --pidfile "$test_services_dir/redis.pid" --logfile "$test_services_dir/redis.log" >/dev/null
  local i
  for i in $(seq 1 100); do [ -s "$test_services_dir/redis.pid" ] && break; sleep 0.1; done
  export DFXRMVIZ_TEST_REDIS="127.0.0.1:$port"
  echo "== Redis $(redis-server --version | sed -E 's/.* v=([^ ]+).*/\1/') on 127.0.0.1:$port"
}

stop_test_services() {
  if [ -n "${test_services_pg+x}" ]; then "${test_services_pg[@]}" >/dev/null 2>&1 || true; fi
  if [ -s "$test_services_dir/redis.pid" ]; then kill "$(cat "$test_services_dir/redis.pid")" 2>/dev/null || true; fi
  [ -n "$test_services_dir" ] && rm -rf "$test_services_dir"
}

start_test_services() {
  test_services_dir=$(mktemp -d /tmp/dfxrmviz-services.XXXXXX)
  chmod 755 "$test_services_dir"
  trap stop_test_services EXIT
  start_test_postgres
  start_test_redis
}
