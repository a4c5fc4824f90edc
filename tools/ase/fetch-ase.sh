#!/usr/bin/env bash
# Unpacks Debian's python3-ase .deb (without installing it) and prints the folder of its ase/data package.
# Source of src/DfxrmViz.Core/Data/ElementStyles.csv (see Data/README.md).
set -euo pipefail
cache="$(cd "$(dirname "$0")/.." && pwd)/.cache/ase"
data="$cache/usr/lib/python3/dist-packages/ase/data"
if [ ! -f "$data/colors.py" ]; then
  mkdir -p "$cache"
  (cd "$cache" && apt-get download python3-ase >/dev/null && dpkg -x python3-ase_*.deb .)
fi
echo "$data"
