#!/usr/bin/python3
"""Checks the alpha-S8 test structure (tests/DfxrmViz.E2E/Data/alpha_S8_RettigTrotter1987.cif) with gemmi 0.5.7 (Debian
python3-gemmi): 128 S per cell, and every S bonded to exactly two others at 2.04-2.06 A (S8 rings; Rettig & Trotter, Acta
Cryst. C43, 2260 (1987)) with no other atom closer than 3.2 A. Usage: /usr/bin/python3 tools/gemmi/check_alpha_s8.py"""
import itertools
import os
import gemmi

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tests', 'DfxrmViz.E2E', 'Data', 'alpha_S8_RettigTrotter1987.cif')
st = gemmi.make_small_structure_from_block(gemmi.cif.read(PATH).sole_block())
sites = st.get_all_unit_cell_sites()
assert len(sites) == 128, len(sites)
for site in st.sites:
    p = st.cell.orthogonalize(site.fract)
    d = sorted(p.dist(st.cell.orthogonalize(gemmi.Fractional(s.fract.x + i, s.fract.y + j, s.fract.z + k)))
               for s in sites for i, j, k in itertools.product((-1, 0, 1), repeat=3))
    d = [x for x in d if x > 0.01]
    assert 2.03 < d[0] and d[1] < 2.07 and d[2] > 3.2, (site.label, d[:3])
    print(f'{site.label}: bonds {d[0]:.3f} {d[1]:.3f} A, next {d[2]:.3f} A')
print('ok: 128 S per cell, S8 rings')
