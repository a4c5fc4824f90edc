#!/usr/bin/env python3
"""Writes src/DfxrmViz.Core/Data/Elements.csv (Z, symbol, molar mass g/mol) from XrayDB's `elements` table.

Usage: python3 tools/xraydb/extract_elements.py   (needs apt-get download rights; uses fetch-xraydb.sh)
Source: Debian python3-xraydb 4.4.7+ds1-3, xraydb.sqlite DB tag 8.1 (Newville et al., XrayDB)."""
import os, sqlite3, subprocess

here = os.path.dirname(os.path.abspath(__file__))
db = subprocess.check_output([os.path.join(here, 'fetch-xraydb.sh')], text=True).strip()
out = os.path.join(here, '..', '..', 'src', 'DfxrmViz.Core', 'Data', 'Elements.csv')
con = sqlite3.connect(db)
tag = con.execute('select tag from Version order by id desc limit 1').fetchone()[0]
with open(out, 'w', encoding='utf-8', newline='\n') as f:
    f.write(f'# XrayDB elements table (xraydb.sqlite DB tag {tag}, Debian python3-xraydb 4.4.7+ds1-3); molar mass in g/mol\n')
    f.write('z,symbol,molarMassGPerMol\n')
    for z, sym, mass, _ in con.execute('select atomic_number, element, molar_mass, density from elements order by atomic_number'):
        f.write(f'{z},{sym},{mass!r}\n')
print('wrote', os.path.normpath(out))
