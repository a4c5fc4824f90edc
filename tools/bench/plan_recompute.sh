#!/usr/bin/env bash
# The plan recompute benchmark (benchmarks/DfxrmViz.Benchmarks/Planning/PlanRecomputeBenchmarks.cs) and, in the same run,
# gemmi 0.5.7's |F|² of the same crystal and hkl sphere (LiNbO3, 2θ ≤ 45° at 17 keV; Debian python3-gemmi).
# Usage: tools/bench/plan_recompute.sh [BenchmarkDotNet job, default short]  (in-process: the generated project's build
# can exceed BenchmarkDotNet's build timeout on a loaded 2-core machine)
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet run -c Release --project benchmarks/DfxrmViz.Benchmarks -- --filter '*PlanRecompute*' --job "${1:-short}" --inProcess
/usr/bin/python3 tools/bench/gemmi_structure_factors.py
