#!/usr/bin/env python3
"""Golden per-element X-ray values: f', f'' (XrayDB Chantler), f0 (XrayDB Waasmaier-Kirfel, gemmi IT92),
mass attenuation (XrayDB mu_elam / mu_chantler).

Usage: /usr/bin/python3 tools/xraydb/golden_factors.py   → tests/DfxrmViz.Core.Tests/Golden/xray_factors.json
python3-xraydb 4.4.7 (DB 8.1): f1_chantler (already f', docs/physics.md §5), f2_chantler, f0(ion, s), mu_elam, mu_chantler;
each called with one scalar energy in eV (f1's cubic spline uses the 7 table points around that energy).
python3-gemmi 0.5.7: Element(sym).it92.calculate_sf(s^2).
"""
import json
import os

import gemmi
import xraydb

ELEMENTS = ['H', 'Li', 'C', 'O', 'Al', 'Si', 'K', 'Ti', 'Fe', 'Co', 'Nb', 'Ba', 'W', 'Pb', 'U']
ENERGIES_KEV = [1.5, 5.0, 8.048, 12.0, 17.0, 18.9, 19.1, 25.0, 33.17, 50.0, 69.5, 88.0, 150.0]
S_VALUES = [0.0, 0.05, 0.1, 0.25, 0.5, 0.8, 1.2, 1.9]
WK_IONS = ['O', 'O1-', 'Nb', 'Nb3+', 'Nb5+', 'Li1+', 'Fe2+', 'Fe3+', 'Ba2+', 'Ti4+', 'K1+', 'Co2+', 'Pb4+', 'H1-', 'Cf']
S_WK = S_VALUES + [3.0, 6.0]

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.normpath(os.path.join(here, '..', '..'))
out = os.path.join(root, 'tests', 'DfxrmViz.Core.Tests', 'Golden', 'xray_factors.json')

anomalous, attenuation = [], []
for el in ELEMENTS:
    for e in ENERGIES_KEV:
        ev = e * 1000.0
        anomalous.append({'symbol': el, 'energyKeV': e,
                          'fPrime': float(xraydb.f1_chantler(el, ev)), 'fDoublePrime': float(xraydb.f2_chantler(el, ev))})
        row = {'symbol': el, 'energyKeV': e}
        for kind in ('total', 'photo'):
            row[f'elam_{kind}'] = float(xraydb.mu_elam(el, ev, kind=kind))
            row[f'chantler_{kind}'] = float(xraydb.mu_chantler(el, ev, photo=(kind == 'photo')))
        attenuation.append(row)
f0_wk = [{'ion': ion, 's': s, 'f0': float(xraydb.f0(ion, s))} for ion in WK_IONS for s in S_WK]
f0_it92 = [{'symbol': el, 's': s, 'f0': float(gemmi.Element(el).it92.calculate_sf(s * s))}
           for el in ELEMENTS + ['Cf'] for s in S_VALUES]
doc = {'source': f'python3-xraydb {xraydb.__version__} ({xraydb.get_xraydb().get_version()}), python3-gemmi {gemmi.__version__}; '
                 'tools/xraydb/golden_factors.py',
       'anomalous': anomalous, 'massAttenuationCm2PerG': attenuation, 'f0WaasmaierKirfel': f0_wk, 'f0It92': f0_it92}
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    json.dump(doc, f, indent=1)
    f.write('\n')
print('wrote', os.path.relpath(out, root), len(anomalous), 'f\'/f\'\'', len(attenuation), 'mu', len(f0_wk), 'WK', len(f0_it92), 'IT92')
