#!/usr/bin/env python3
"""Writes the X-ray tables of src/DfxrmViz.Core/Data/XrayDb/ (embedded resources of DfxrmViz.Core).

Usage: /usr/bin/python3 tools/xraydb/extract_tables.py
Sources: xraydb.sqlite (DB tag 8.1) from Debian python3-xraydb 4.4.7+ds1-3 (fetched by fetch-xraydb.sh, not installed),
and IT92 coefficients from Debian python3-gemmi 0.5.7 (gemmi.Element(sym).it92).
Numbers are copied unchanged (Python repr, i.e. shortest round-trip text) except the Chantler columns, written with
12 significant digits (the database holds float sums such as 18365.00000000009; 12 digits change them by < 1e-11).
Files (one per table, see src/DfxrmViz.Core/Data/README.md, section "X-ray data"):
  ElamPhoto.csv        symbol, ln(E/eV), ln(sigma_photo / (cm^2/g)), stored spline second derivative
  ElamScattering.csv   symbol, ln(E/eV), ln(sigma_coh), spline, ln(sigma_incoh), spline
  Chantler.csv         symbol, E/eV, f1 (= f', see docs/physics.md §5), f2, mu_photo, mu_incoh, mu_total (cm^2/g),
                       energies CHANTLER_MIN_EV..CHANTLER_MAX_EV plus 4 table points beyond each end
  Edges.csv            symbol, IUPAC level, absorption edge / eV, fluorescence yield, jump ratio (xray_levels)
  WaasmaierKirfel.csv  ion, Z, symbol, c, a1..a5, b1..b5 (f0(s) = c + sum a_i exp(-b_i s^2), s = sin(theta)/lambda)
  It92.csv             symbol, a1..a4, b1..b4, c (ITC Vol. C Table 6.1.1.4, as gemmi 0.5.7)
"""
import json
import os
import sqlite3
import subprocess

import gemmi

CHANTLER_MIN_EV = 1000.0     # valid range of the Chantler tables in the app: 1-200 keV
CHANTLER_MAX_EV = 200000.0
MARGIN = 4                   # xraydb's _from_chantler uses 3 table points either side of the energy

here = os.path.dirname(os.path.abspath(__file__))
out_dir = os.path.normpath(os.path.join(here, '..', '..', 'src', 'DfxrmViz.Core', 'Data', 'XrayDb'))
db = subprocess.check_output([os.path.join(here, 'fetch-xraydb.sh')], text=True).strip()
con = sqlite3.connect(db)
tag = con.execute('select tag from Version order by id desc limit 1').fetchone()[0]
SOURCE = f'xraydb.sqlite DB tag {tag}, Debian python3-xraydb 4.4.7+ds1-3; written by tools/xraydb/extract_tables.py'
ORDER = {sym: z for z, sym in con.execute('select atomic_number, element from elements')}


def r(x):
    return repr(float(x))


def g12(x):
    return f'{float(x):.12g}'


def write(name, comment, header, rows):
    path = os.path.join(out_dir, name)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        for line in comment:
            f.write(f'# {line}\n')
        f.write(header + '\n')
        for row in rows:
            f.write(','.join(row) + '\n')
    print(f'wrote {os.path.relpath(path)} ({os.path.getsize(path) // 1024} KiB)')


def by_z(rows):
    return sorted(rows, key=lambda row: ORDER[row[0]])


def elam_photo():
    rows = []
    for sym, le, lv, ls in by_z(con.execute(
            'select element, log_energy, log_photoabsorption, log_photoabsorption_spline from photoabsorption')):
        for x, y, s in zip(json.loads(le), json.loads(lv), json.loads(ls)):
            rows.append([sym, r(x), r(y), r(s)])
    write('ElamPhoto.csv', [f'Elam, Ravel & Sieber (2002) photoabsorption cross sections; {SOURCE}',
                            'lnE = ln(E/eV); lnSigma = ln(cross section / (cm^2/g)); spline = stored d2(lnSigma)/d(lnE)^2',
                            'repeated lnE = absorption edge (value below, then above)'],
          'symbol,lnE,lnSigma,spline', rows)


def elam_scattering():
    rows = []
    for sym, le, lc, sc, li, si in by_z(con.execute(
            'select element, log_energy, log_coherent_scatter, log_coherent_scatter_spline, '
            'log_incoherent_scatter, log_incoherent_scatter_spline from scattering')):
        for vals in zip(*(json.loads(v) for v in (le, lc, sc, li, si))):
            rows.append([sym] + [r(v) for v in vals])
    write('ElamScattering.csv', [f'Elam, Ravel & Sieber (2002) coherent and incoherent scattering cross sections; {SOURCE}',
                                 'lnE = ln(E/eV); ln cross section in cm^2/g; spline = stored second derivatives in lnE'],
          'symbol,lnE,lnCoherent,splineCoherent,lnIncoherent,splineIncoherent', rows)


def chantler():
    rows = []
    for sym, *cols in by_z(con.execute(
            'select element, energy, f1, f2, mu_photo, mu_incoh, mu_total from Chantler')):
        cols = [json.loads(c) for c in cols]
        e = cols[0]
        lo = max(0, max(i for i, v in enumerate(e) if v <= CHANTLER_MIN_EV) - MARGIN)
        hi = min(len(e) - 1, max(i for i, v in enumerate(e) if v <= CHANTLER_MAX_EV) + MARGIN)
        for i in range(lo, hi + 1):
            rows.append([sym] + [g12(c[i]) for c in cols])
    write('Chantler.csv', [f'Chantler (1995, 2000) FFAST form factors and attenuation, as stored by XrayDB; {SOURCE}',
                           f'energies {CHANTLER_MIN_EV:g}-{CHANTLER_MAX_EV:g} eV plus {MARGIN} table points beyond each end; 12 significant digits',
                           'f1 already is f\' (XrayDB stores f1(FFAST) - Z + relativistic + nuclear Thomson corrections); f2 = f\'\'; mu in cm^2/g'],
          'symbol,energyEv,f1,f2,muPhoto,muIncoh,muTotal', rows)


def edges():
    rows = [[sym, lev, r(e), r(fy), r(j)] for sym, lev, e, fy, j in by_z(con.execute(
        'select element, iupac_symbol, absorption_edge, fluorescence_yield, jump_ratio from xray_levels order by id'))]
    write('Edges.csv', [f'X-ray absorption edges (xray_levels, Elam, Ravel & Sieber 2002); {SOURCE}',
                        'level = IUPAC symbol (K, L1, L2, L3, M1, ...); energy in eV'],
          'symbol,level,energyEv,fluorescenceYield,jumpRatio', rows)


def waasmaier():
    rows = []
    for ion, z, sym, off, sc, ex in con.execute(
            'select ion, atomic_number, element, offset, scale, exponents from Waasmaier order by id'):
        rows.append([ion, str(z), sym, r(off)] + [r(v) for v in json.loads(sc)] + [r(v) for v in json.loads(ex)])
    write('WaasmaierKirfel.csv', [f'Waasmaier & Kirfel, Acta Cryst. A51, 416 (1995), f0(s) = c + sum_i a_i exp(-b_i s^2); {SOURCE}',
                                  's = sin(theta)/lambda in 1/A, valid s <= 6 1/A'],
          'ion,z,symbol,c,a1,a2,a3,a4,a5,b1,b2,b3,b4,b5', rows)


def it92():
    rows = []
    for sym, z in sorted(ORDER.items(), key=lambda kv: kv[1]):
        el = gemmi.Element(sym)
        coef = el.it92
        if el.atomic_number != z or coef is None or not any(coef.a):
            continue
        rows.append([sym] + [r(v) for v in coef.a] + [r(v) for v in coef.b] + [r(coef.c)])
    write('It92.csv', [f'International Tables Vol. C (1992/2006) Table 6.1.1.4, neutral atoms, as in python3-gemmi {gemmi.__version__} (gemmi.Element(sym).it92)',
                       'f0(s) = c + sum_i a_i exp(-b_i s^2), s = sin(theta)/lambda in 1/A, valid s <= 2 1/A'],
          'symbol,a1,a2,a3,a4,b1,b2,b3,b4,c', rows)


os.makedirs(out_dir, exist_ok=True)
elam_photo()
elam_scattering()
chantler()
edges()
waasmaier()
it92()
