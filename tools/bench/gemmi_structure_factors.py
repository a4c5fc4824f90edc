#!/usr/bin/python3
"""Reference timing for benchmarks/DfxrmViz.Benchmarks/Scattering/ReflectionTableBenchmarks.cs: gemmi 0.5.7
(StructureFactorCalculatorX.calculate_sf_from_small_structure, IT92, no f'/f'') on the same hkl DfxrmViz computes F for: one
representative per point-group class (largest h, then k, then l), absences included, 0 < 2theta <= 45 deg at 17 keV; also
on every hkl of that sphere. The structure is read as tools/gemmi/golden_structure_factors.py does (space group from the
CIF's operators). Times include the Python loop around gemmi (gemmi 0.5.7 has no batch call for small structures).
Usage: /usr/bin/python3 tools/bench/gemmi_structure_factors.py   (median of 15 runs after 3 warm-ups)"""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gemmi'))
import gemmi  # noqa: E402
from golden_structure_factors import CRYSTALS, HC_KEV_A, hkl_list, read_structure  # noqa: E402
from timing import median_seconds  # noqa: E402


def classes(st, hkls):
    rots = {tuple(tuple(v // gemmi.Op.DEN for v in row) for row in op.rot) for op in st.find_spacegroup().operations()}
    reps = []
    for h in hkls:
        members = {tuple(sum(h[i] * r[i][j] for i in range(3)) for j in range(3)) for r in rots}  # h R (row vector)
        if max(members) == tuple(h):
            reps.append(h)
    return reps


def timed(f):
    return median_seconds(f)[0]


for name in ('LiNbO3_COD1541936.cif', 'PZT_rhombohedral_COD2102945.cif'):
    st = read_structure(os.path.join(CRYSTALS, name))
    qmax = 2 * math.sin(math.radians(22.5)) / (HC_KEV_A / 17.0)
    every = list(hkl_list(st.cell, qmax))
    reps = classes(st, every)
    calc = gemmi.StructureFactorCalculatorX(st.cell)
    t_reps = timed(lambda: [abs(calc.calculate_sf_from_small_structure(st, h)) ** 2 for h in reps])
    t_all = timed(lambda: [abs(calc.calculate_sf_from_small_structure(st, h)) ** 2 for h in every])
    print(f'{name}: {len(reps)} class representatives {t_reps * 1e3:.3f} ms; all {len(every)} hkl {t_all * 1e3:.3f} ms (median)')
