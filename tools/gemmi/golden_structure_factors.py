#!/usr/bin/python3
"""Golden |F|^2 for every built-in crystal (src/DfxrmViz.Core/Data/Crystals/*.cif) plus the anisotropic-ADP test file
tests/DfxrmViz.Core.Tests/Golden/LiNbO3_aniso_test.cif, at 17 keV, from gemmi 0.5.7 (Debian python3-gemmi).

Run: /usr/bin/python3 tools/gemmi/golden_structure_factors.py
Writes tests/DfxrmViz.Core.Tests/Golden/structure_factors.json: per file, every hkl (h, k, l) != 0 with 2theta <= 30 deg
at 17 keV (lambda = hc/E, CODATA 2018 hc, docs/physics.md section 1) and
  f2     = |F|^2 from gemmi.StructureFactorCalculatorX.calculate_sf_from_small_structure (IT92 f0, no f', f''),
  f2anom = |F + sum_el (f'_el + i f''_el) G_el|^2 with Cromer-Liberman f', f'' (gemmi.cromer_liberman) at 17 keV, where
           G_el(h) = sum over that element's atoms of occ * T * exp(+2 pi i h.x) is obtained from gemmi itself as
           F(addend 1 on el) - F(no addend) (gemmi 0.5.7 addends are real only, and F is linear in each element's f).
DWF as gemmi applies it: exp(-8 pi^2 U_iso s^2) when the site has no aniso U, else exp(-2 pi^2 h'U*h') per image with
h' = h R (gemmi sfcalc.hpp calculate_aniso_part). gemmi sums over all images of the asymmetric-unit sites, so
occupancies are first made crystallographic (SmallStructure.change_occupancies_to_crystallographic: divided by the
number of coinciding images), which equals DfxrmViz's rule (merge coinciding images, keep the occupancy).
gemmi 0.5.7 expands only by the H-M name: the space group is set from the CIF's own operators
(gemmi.find_spacegroup_by_ops), as tools/xraydb/golden_attenuation.py does.
"""
import glob
import json
import math
import os
import sys
import re

import gemmi
import xraydb
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gemmi'))
import cif_structure  # noqa: E402  (tools/gemmi/cif_structure.py)

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
CRYSTALS = os.path.join(ROOT, 'src', 'DfxrmViz.Core', 'Data', 'Crystals')
GOLDEN = os.path.join(ROOT, 'tests', 'DfxrmViz.Core.Tests', 'Golden')
OUT = os.path.join(GOLDEN, 'structure_factors.json')
HC_KEV_A = 12.398419843320026  # CODATA 2018
ENERGY_KEV = 17.0
TWO_THETA_MAX_DEG = 30.0


def read_structure(path):
    st = cif_structure.read_structure(path)
    st.change_occupancies_to_crystallographic()
    return st


def hkl_list(cell, qmax):
    n = [int(math.floor(qmax * x)) for x in (cell.a, cell.b, cell.c)]
    for h in range(-n[0], n[0] + 1):
        for k in range(-n[1], n[1] + 1):
            for l in range(-n[2], n[2] + 1):
                if (h, k, l) != (0, 0, 0) and cell.calculate_1_d2([h, k, l]) <= qmax * qmax:
                    yield [h, k, l]


def crystal(path):
    st = read_structure(path)
    lam = HC_KEV_A / ENERGY_KEV
    qmax = 2 * math.sin(math.radians(TWO_THETA_MAX_DEG / 2)) / lam
    elements = sorted({s.element.name for s in st.sites})
    fp = {el: gemmi.cromer_liberman(z=gemmi.Element(el).atomic_number, energy=ENERGY_KEV * 1000.0) for el in elements}
    # Chantler f', f'' as XrayDB 4.4.7 itself interpolates them (f1_chantler already is f', docs/physics.md §5).
    fc = {el: (float(xraydb.f1_chantler(el, ENERGY_KEV * 1000.0)), float(xraydb.f2_chantler(el, ENERGY_KEV * 1000.0))) for el in elements}
    calc = gemmi.StructureFactorCalculatorX(st.cell)
    rows = []
    for hkl in hkl_list(st.cell, qmax):
        calc.addends.clear()
        f = calc.calculate_sf_from_small_structure(st, hkl)
        fa = fc_sum = f
        for el in elements:
            calc.addends.clear()
            calc.addends.set(gemmi.Element(el), 1.0)
            g = calc.calculate_sf_from_small_structure(st, hkl) - f
            fa += complex(fp[el][0], fp[el][1]) * g
            fc_sum += complex(fc[el][0], fc[el][1]) * g
        rows.append(hkl + [abs(f) ** 2, abs(fa) ** 2, abs(fc_sum) ** 2])
    calc.addends.clear()
    return {'file': os.path.basename(path), 'spaceGroup': st.spacegroup_hm,
            'cromerLibermanFPrime17keV': {el: list(v) for el, v in fp.items()},
            'chantlerFPrime17keV': {el: list(v) for el, v in fc.items()},
            'columns': ['h', 'k', 'l', 'f2', 'f2anom', 'f2chantler'], 'rows': rows}


def main():
    paths = sorted(glob.glob(os.path.join(CRYSTALS, '*.cif'))) + [os.path.join(GOLDEN, 'LiNbO3_aniso_test.cif')]
    doc = {'source': f'python3-gemmi {gemmi.__version__}; tools/gemmi/golden_structure_factors.py',
           'energyKeV': ENERGY_KEV, 'twoThetaMaxDeg': TWO_THETA_MAX_DEG, 'crystals': [crystal(p) for p in paths]}
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('{"source": %s, "energyKeV": %r, "twoThetaMaxDeg": %r, "crystals": [\n' % (
            json.dumps(doc['source']), ENERGY_KEV, TWO_THETA_MAX_DEG))
        for i, c in enumerate(doc['crystals']):
            rows = ',\n'.join('  [%d,%d,%d,%.10g,%.10g,%.10g]' % tuple(r) for r in c['rows'])
            head = {k: v for k, v in c.items() if k != 'rows'}
            f.write(json.dumps(head)[:-1] + ', "rows": [\n' + rows + ']}' + (',\n' if i + 1 < len(doc['crystals']) else '\n'))
        f.write(']}\n')
    for c in doc['crystals']:
        print(f"{c['file']}: {c['spaceGroup']}, {len(c['rows'])} hkl")


if __name__ == '__main__':
    main()
