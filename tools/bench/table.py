#!/usr/bin/python3
"""Prints ./bench.sh's table: benchmark, our median, reference median, ratio, goal. Reads the BenchmarkDotNet JSON reports
(*-report-full-compressed.json under the artifacts folder) and the reference JSON lines written by references.py and
api_reflections.py. Usage: table.py ARTIFACTS_DIR REFERENCES_JSONL"""
import glob
import json
import os
import sys

# (row, BenchmarkDotNet Type.Method, reference key or None, goal ratio or None)
ROWS = [
    ('CIF read + expand (LiNbO3)', 'CifReadBenchmarks.ReadAndExpandLiNbO3', 'gemmi_cif_read_linbo3', 1.0),
    ('attenuation curve (Elam, 2000 energies)', 'AttenuationCurveBenchmarks.Elam2000Energies', 'xraydb_elam_curve_2000', None),
    ('|F|² all classes to 2θ = 45° (LiNbO3)', 'ReflectionTableBenchmarks.LiNbO3NoAnomalous', 'gemmi_f2_classes_linbo3', 1.0),
    ('|F|² all classes to 2θ = 45° (PZT)', 'ReflectionTableBenchmarks.PztNoAnomalous', 'gemmi_f2_classes_pzt', 1.0),
    ('goniometer solutions (esrf-dfxm)', 'OrientationBenchmarks.AllSolutionsEsrf', None, None),
    ('reachability of 200 reflections (esrf-dfxm), yes/no', 'OrientationBenchmarks.ReachabilityTable200Esrf', None, None),
    ('reachability of 200 reflections (esrf-dfxm), with every text', 'OrientationBenchmarks.ReachabilityTable200EsrfWithTexts', None, None),
    ('lens solve (id06, thick)', 'LensBenchmarks.SolveThick', None, None),
    ('scene build (LiNbO3 example)', 'SceneBenchmarks.BuildScene', None, None),
    ('.glb build (LiNbO3 example)', 'SceneBenchmarks.WriteGlb', None, None),
    ('PDF build (logbook page)', 'PdfReportBenchmarks.WritePdf', None, None),
    ('whole recompute after an energy change (vs gemmi |F|² of every hkl of the sphere)', 'PlanRecomputeBenchmarks.EnergyChangeWithReachability', 'gemmi_f2_all_linbo3', 2.0),
    ('whole recompute after an energy change (vs gemmi |F|² of the classes only)', 'PlanRecomputeBenchmarks.EnergyChangeWithReachability', 'gemmi_f2_classes_linbo3', None),
    ('cold recompute, new crystal (table phase)', 'PlanRecomputeBenchmarks.NewCrystalColdWithTable', 'gemmi_f2_all_linbo3', None),
    # Against the reference timed in rounds alternating with the requests (api_reflections.py), not the one timed minutes earlier.
    ('POST /api/v1/reflections PZT (HTTP, end to end)', 'api:api_reflections_pzt', 'api_gemmi_f2_classes_pzt', 0.5),
]


def fmt(us):
    if us is None:
        return '—'
    return f'{us / 1000:.3f} ms' if us >= 1000 else f'{us:.1f} µs'


def main():
    artifacts, refs_path = sys.argv[1], sys.argv[2]
    ours = {}
    for path in glob.glob(os.path.join(artifacts, '**', '*-report-full-compressed.json'), recursive=True):
        for b in json.load(open(path, encoding='utf-8'))['Benchmarks']:
            if b.get('Statistics'):
                ours[f"{b['Type']}.{b['Method']}"] = b['Statistics']['Median'] / 1000.0  # ns -> µs
    refs = {}
    for line in open(refs_path, encoding='utf-8'):
        if line.strip():
            refs.update(json.loads(line))
    ours.update({f'api:{k}': v for k, v in refs.items() if k.startswith('api_')})
    print(f"reference programs: {refs.get('versions', '?')}")
    header = ('benchmark', 'ours (median)', 'reference (median)', 'ratio', 'goal')
    lines = []
    missing = 0
    for row, key, ref, goal in ROWS:
        mine, theirs = ours.get(key), refs.get(ref) if ref else None
        ratio = f'{mine / theirs:.2f}×' if mine is not None and theirs else '—'
        verdict = '—' if goal is None else (f'≤ {goal}× ' + ('met' if mine is not None and theirs and mine / theirs <= goal else 'NOT met'))
        if mine is None:
            missing += 1
        lines.append((row, fmt(mine) if mine is not None else 'not run', fmt(theirs), ratio, verdict))
    widths = [max(len(r[i]) for r in lines + [header]) for i in range(5)]
    for r in [header, tuple('-' * w for w in widths)] + lines:
        print(' | '.join(c.ljust(w) for c, w in zip(r, widths)))
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
