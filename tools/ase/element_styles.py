#!/usr/bin/env python3
"""Writes src/DfxrmViz.Core/Data/ElementStyles.csv: the colour and radius of each element in the 3D view.

Colours: Jmol's element colours (jmol.sourceforge.net/jscolors), radii: covalent radii of B. Cordero et al., "Covalent
radii revisited", Dalton Trans. 2008, 2832-2838 (doi:10.1039/B801115J), both as tabulated by ASE
(ase.data.colors.jmol_colors, ase.data.covalent_radii) in Debian's python3-ase 3.22.1-3+deb12u1. The tables are read
from ASE's source text with `ast` (literal lists), so numpy is not needed. ASE writes 0.2 Å for elements Cordero does
not give (Z > 96); those rows are marked `ase-placeholder` and the viewer draws them at that size.

Run: /usr/bin/python3 tools/ase/element_styles.py
"""
import ast
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'src', 'DfxrmViz.Core', 'Data', 'ElementStyles.csv')


def assignments(path):
    tree = ast.parse(open(path, encoding='utf-8').read())
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            found[node.targets[0].id] = node.value
    return found


def array_literal(value, names):
    """The list inside np.array([...]); bare names (ASE's `missing`) are replaced by their value."""
    lst = value.args[0] if isinstance(value, ast.Call) else value
    out = []
    for elt in lst.elts:
        out.append(names[elt.id] if isinstance(elt, ast.Name) else ast.literal_eval(elt))
    return out


def main():
    data = subprocess.check_output([os.path.join(HERE, 'fetch-ase.sh')], text=True).strip()
    init = assignments(os.path.join(data, '__init__.py'))
    colors = assignments(os.path.join(data, 'colors.py'))
    missing = ast.literal_eval(init['missing'])
    symbols = ast.literal_eval(init['chemical_symbols'])
    radii = array_literal(init['covalent_radii'], {'missing': missing})
    jmol = array_literal(colors['jmol_colors'], {})
    rows = []
    for z in range(1, min(len(symbols), len(radii), len(jmol))):
        r, g, b = jmol[z]
        colour = '#%02x%02x%02x' % tuple(round(255 * c) for c in (r, g, b))
        source = 'ase-placeholder' if radii[z] == missing else 'Cordero2008'
        rows.append(f'{z},{symbols[z]},{colour},{radii[z]:.2f},{source}')
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Jmol element colours (sRGB) and Cordero et al. 2008 covalent radii (Å), as tabulated by ASE 3.22.1 '
                '(Debian python3-ase 3.22.1-3+deb12u1); tools/ase/element_styles.py\n')
        f.write('z,symbol,jmolColor,covalentRadiusA,radiusSource\n')
        f.write('\n'.join(rows) + '\n')
    print(f'{len(rows)} elements written to {os.path.normpath(OUT)}')


if __name__ == '__main__':
    main()
