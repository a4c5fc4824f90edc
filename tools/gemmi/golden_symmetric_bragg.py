#!/usr/bin/python3
"""Golden d and 2theta for the symmetric Bragg cases (planes parallel to the exit surface), from gemmi 0.5.7 (Debian python3-gemmi).

Run: /usr/bin/python3 tools/gemmi/golden_symmetric_bragg.py
Writes tests/DfxrmViz.Core.Tests/Golden/symmetric_bragg.json: per case, the built-in CIF (src/DfxrmViz.Core/Data/Crystals),
its crystal system (gemmi.find_spacegroup_by_name of the CIF's H-M symbol), the reflection, the mount (up [uvw], exit surface
(hkl) parallel to the reflection's planes), the energy, d = gemmi.UnitCell.calculate_d and
2theta = 2 asin(lambda / 2d) with lambda = hc/E, hc = 12.398419843320026 keV A (CODATA 2018, docs/physics.md section 1).
"""
import json
import math
import os

import gemmi

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..')
CRYSTALS = os.path.join(ROOT, 'src', 'DfxrmViz.Core', 'Data', 'Crystals')
OUT = os.path.join(ROOT, 'tests', 'DfxrmViz.Core.Tests', 'Golden', 'symmetric_bragg.json')
HC_KEV_A = 12.398419843320026

# (built-in name, file, reflection, up [uvw], exit surface (hkl), energy keV); up obeys the zone law h u + k v + l w = 0.
CASES = [
    ('LiNbO3', 'LiNbO3_COD1541936.cif', (3, 0, 0), (0, 0, 1), (1, 0, 0), 17.0),
    ('LiNbO3', 'LiNbO3_COD1541936.cif', (1, 0, 4), (4, 0, -1), (2, 0, 8), 17.0),
    ('BaTiO3', 'BaTiO3_COD1507756.cif', (2, 0, 0), (0, 0, 1), (1, 0, 0), 17.0),
    ('Si', 'Si_DansDiffraction.cif', (4, 0, 0), (0, 0, 1), (1, 0, 0), 17.0),
    ('KNbO3', 'KNbO3_COD2310011.cif', (2, 0, 0), (0, 0, 1), (1, 0, 0), 17.0),
    ('Triclinic', 'Triclinic_test_DansDiffraction.cif', (1, 1, 1), (1, -1, 0), (1, 1, 1), 12.0),
]


def main():
    out = []
    for name, fname, hkl, up, front, energy in CASES:
        block = gemmi.cif.read(os.path.join(CRYSTALS, fname)).sole_block()
        st = gemmi.make_small_structure_from_block(block)
        hm = gemmi.cif.as_string(block.find_value('_symmetry_space_group_name_H-M') or block.find_value('_space_group_name_H-M_alt'))
        # old cubic spelling 'F d 3 m' is 'F d -3 m' for gemmi (as tools/gemmi/golden_crystals.py does)
        sg = gemmi.find_spacegroup_by_name(hm) or gemmi.find_spacegroup_by_name(hm.replace('d 3 m', 'd -3 m'))
        d = st.cell.calculate_d(list(hkl))
        lam = HC_KEV_A / energy
        two_theta = math.degrees(2 * math.asin(lam / (2 * d)))
        c = st.cell
        out.append({'crystal': name, 'file': fname, 'system': sg.crystal_system_str() if sg else None,
                    'cell': [c.a, c.b, c.c, c.alpha, c.beta, c.gamma], 'hkl': list(hkl), 'up': list(up), 'front': list(front),
                    'energyKeV': energy, 'dA': d, 'twoThetaDeg': two_theta})
    with open(OUT, 'w') as f:
        f.write('{"source": "gemmi %s (tools/gemmi/golden_symmetric_bragg.py)", "cases": [\n' % gemmi.__version__)
        f.write(',\n'.join(' ' + json.dumps(c) for c in out))
        f.write('\n]}\n')


if __name__ == '__main__':
    main()
