#!/usr/bin/python3
"""Reference medians for ./bench.sh, in one run, on the same inputs as the BenchmarkDotNet rows (Debian python3-gemmi 0.5.7,
python3-xraydb 4.4.7). Prints one JSON object {key: median microseconds}. Each reference is the work the matching
benchmark does: read + expand LiNbO3 (gemmi_read_cif.py), the Elam attenuation curve at 2000 energies (xraydb_curve.py),
|F|^2 of one representative per point-group class, 0 < 2theta <= 45 deg at 17 keV (gemmi_structure_factors.py).
Usage: /usr/bin/python3 tools/bench/references.py"""
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, '..', 'gemmi'))
import gemmi  # noqa: E402
import numpy as np  # noqa: E402
import xraydb  # noqa: E402
from xraydb.utils import AVOGADRO  # noqa: E402
from golden_structure_factors import CRYSTALS, HC_KEV_A, hkl_list, read_structure  # noqa: E402
from timing import median_seconds  # noqa: E402


def us(f):
    return median_seconds(f)[0] * 1e6


def cif_read():
    text = open(os.path.join(CRYSTALS, 'LiNbO3_COD1541936.cif'), encoding='utf-8').read()

    def read_and_expand():
        st = gemmi.make_small_structure_from_block(gemmi.cif.read_string(text).sole_block())
        return len(st.get_all_unit_cell_sites())
    assert read_and_expand() == 30
    return us(read_and_expand)


def elam_curve():
    comp = {'Li': 6.0, 'Nb': 6.0, 'O': 18.0}
    volume = 318.2123219778982  # LiNbO3 cell volume, A^3 (docs/physics.md section 9)
    density = sum(n * xraydb.atomic_mass(el) for el, n in comp.items()) / (AVOGADRO * volume * 1e-24)
    energies_ev = 1000.0 * np.exp(np.log(100.0) * np.arange(2000) / 1999)
    return us(lambda: 1e4 / xraydb.material_mu('Li6Nb6O18', energies_ev, density=density))


def f2_all(name):
    """|F|^2 of every hkl of the same sphere (issue 11's reference for the whole recompute: same crystal and hkl sphere)."""
    st = read_structure(os.path.join(CRYSTALS, name))
    qmax = 2 * math.sin(math.radians(22.5)) / (HC_KEV_A / 17.0)
    every = list(hkl_list(st.cell, qmax))
    calc = gemmi.StructureFactorCalculatorX(st.cell)
    return us(lambda: [abs(calc.calculate_sf_from_small_structure(st, h)) ** 2 for h in every])


def f2_classes(name):
    st = read_structure(os.path.join(CRYSTALS, name))
    qmax = 2 * math.sin(math.radians(22.5)) / (HC_KEV_A / 17.0)
    every = list(hkl_list(st.cell, qmax))
    rots = {tuple(tuple(v // gemmi.Op.DEN for v in row) for row in op.rot) for op in st.find_spacegroup().operations()}
    reps = [h for h in every
            if max({tuple(sum(h[i] * r[i][j] for i in range(3)) for j in range(3)) for r in rots}) == tuple(h)]
    calc = gemmi.StructureFactorCalculatorX(st.cell)
    return us(lambda: [abs(calc.calculate_sf_from_small_structure(st, h)) ** 2 for h in reps])


print(json.dumps({
    'gemmi_cif_read_linbo3': cif_read(),
    'xraydb_elam_curve_2000': elam_curve(),
    'gemmi_f2_classes_linbo3': f2_classes('LiNbO3_COD1541936.cif'),
    'gemmi_f2_classes_pzt': f2_classes('PZT_rhombohedral_COD2102945.cif'),
    'gemmi_f2_all_linbo3': f2_all('LiNbO3_COD1541936.cif'),
    'versions': f'gemmi {gemmi.__version__}, xraydb {xraydb.__version__}',
}))
