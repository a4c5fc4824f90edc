#!/usr/bin/env bash
# Unpacks Debian's python3-xraydb .deb (without installing it) and prints the path of its xraydb.sqlite.
# Source of every X-ray table in src/DfxrmViz.Core/Data (see Data/README.md).
set -euo pipefail
cache="$(cd "$(dirname "$0")/.." && pwd)/.cache/xraydb"
db="$cache/usr/lib/python3/dist-packages/xraydb/xraydb.sqlite"
if [ ! -f "$db" ]; then
  mkdir -p "$cache"
  (cd "$cache" && apt-get download python3-xraydb >/dev/null && dpkg -x python3-xraydb_*.deb .)
fi
echo "$db"
