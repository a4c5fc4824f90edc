#!/usr/bin/env python3
"""Golden attenuation lengths for every crystal in src/DfxrmViz.Core/Data/Crystals/*.cif.

Usage: /usr/bin/python3 tools/xraydb/golden_attenuation.py   → tests/DfxrmViz.Core.Tests/Golden/attenuation.json
Independent of DfxrmViz: the composition (atoms per cell by element, summed site occupancies over the full cell)
and the cell volume come from python3-gemmi 0.5.7 (read_small_structure, get_all_unit_cell_sites); the attenuation
from python3-xraydb 4.4.7 (DB 8.1): Elam via xraydb.material_mu(formula, E/eV, density, kind), Chantler via
density * sum_i w_i mu_chantler(el_i, E) (the same mixing rule; XrayDB has no Chantler material_mu).
Density = sum_j o_j m_j / (N_A V) with XrayDB masses (docs/physics.md §3). Attenuation length = 1e4 / mu[1/cm] in µm.
"""
import glob
import json
import os
import sys
import re

import gemmi
import xraydb
from xraydb.utils import AVOGADRO
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gemmi'))
import cif_structure  # noqa: E402  (tools/gemmi/cif_structure.py)

ENERGIES_KEV = [5.0, 6.0, 8.0, 10.0, 12.0, 15.0, 17.0, 20.0, 22.0, 25.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0]
PHOTO_CRYSTALS = ('LiNbO3_COD1541936', 'Si_DansDiffraction', 'Pb_COD1531228', 'Na0.8CoO2_DansDiffraction')

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
out = os.path.join(root, 'tests', 'DfxrmViz.Core.Tests', 'Golden', 'attenuation.json')


read_structure = cif_structure.read_structure


def composition(path):
    st = read_structure(path)
    comp = {}
    for site in st.get_all_unit_cell_sites():
        comp[site.element.name] = comp.get(site.element.name, 0.0) + site.occ
    return comp, st.cell.volume


def chantler_mu(comp, density, e_ev, photo):
    mass = {el: n * xraydb.atomic_mass(el) for el, n in comp.items()}
    total = sum(mass.values())
    return density * sum(m * xraydb.mu_chantler(el, e_ev, photo=photo) for el, m in mass.items()) / total


def crystal(path):
    comp, volume = composition(path)
    name = os.path.splitext(os.path.basename(path))[0]
    density = sum(n * xraydb.atomic_mass(el) for el, n in comp.items()) / (AVOGADRO * volume * 1e-24)
    formula = ''.join(f'{el}{n:.12g}' for el, n in comp.items())
    kinds = ['total', 'photo'] if name in PHOTO_CRYSTALS else ['total']
    rows = []
    for kind in kinds:
        for e in ENERGIES_KEV:
            elam = xraydb.material_mu(formula, e * 1000.0, density=density, kind=kind)
            chan = chantler_mu(comp, density, e * 1000.0, photo=(kind == 'photo'))
            rows.append({'energyKeV': e, 'kind': kind,
                         'elamAttenuationLengthUm': 1e4 / float(elam),
                         'chantlerAttenuationLengthUm': 1e4 / float(chan)})
    return {'name': name, 'file': os.path.basename(path), 'formula': formula, 'atomsPerCell': comp,
            'cellVolumeA3': volume, 'densityGPerCm3': density, 'points': rows}


crystals = [crystal(p) for p in sorted(glob.glob(os.path.join(root, 'src', 'DfxrmViz.Core', 'Data', 'Crystals', '*.cif')))]
doc = {'source': f'python3-xraydb {xraydb.__version__} ({xraydb.get_xraydb().get_version()}), python3-gemmi {gemmi.__version__}; '
                 'tools/xraydb/golden_attenuation.py',
       'crystals': crystals}
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    json.dump(doc, f, indent=1)
    f.write('\n')
print('wrote', os.path.relpath(out, root), len(crystals), 'crystals')
for c in crystals:
    print(f"  {c['name']}: {sum(c['atomsPerCell'].values()):.3f} atoms, V {c['cellVolumeA3']:.4f} A^3, {c['atomsPerCell']}")
