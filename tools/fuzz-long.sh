#!/usr/bin/env bash
# The longer fuzz run: every fuzz test of tests/DfxrmViz.Core.Tests/Fuzz with more cases and, optionally, another seed.
#   tools/fuzz-long.sh [cases] [seed]     e.g. tools/fuzz-long.sh 200000 7
# Cases default to 100000 per fuzz test (CI runs each with its own fixed count, at least 10000 for the readers);
# without a seed each test keeps its own fixed one. A failure prints the seed, the case number and the input,
# so `tools/fuzz-long.sh <cases> <seed>` replays it. Bounded by count, never by a clock.
set -euo pipefail
cd "$(dirname "$0")/.."
export DFXRMVIZ_FUZZ_CASES="${1:-100000}"
if [[ -n "${2:-}" ]]; then export DFXRMVIZ_FUZZ_SEED="$2"; fi
echo "fuzz: ${DFXRMVIZ_FUZZ_CASES} cases per test, seed ${DFXRMVIZ_FUZZ_SEED:-each test's own}"
dotnet build tests/DfxrmViz.Core.Tests -c Release -nologo -v quiet
dotnet test tests/DfxrmViz.Core.Tests -c Release --no-build --filter "FullyQualifiedName~DfxrmViz.Core.Tests.Fuzz" \
  --logger "console;verbosity=normal"
