#!/usr/bin/python3
"""Golden values for the space-group look-up of CIFs without operations, from gemmi 0.5.7 (Debian python3-gemmi) + XrayDB 4.4.7.

Run: /usr/bin/python3 tools/gemmi/golden_symmetry.py
Reads every tests/DfxrmViz.Core.Tests/Golden/symmetry/*.cif (files written for the tests) and writes
tests/DfxrmViz.Core.Tests/Golden/symmetry.json with, per file: the group named by the Hall symbol
(gemmi.find_spacegroup_by_ops(gemmi.symops_from_hall(hall))), the group named by the H-M symbol with the cell's alpha and
gamma (gemmi.find_spacegroup_by_name(hm, alpha, gamma): an R symbol without ':H'/':R' takes the axes the cell fits), the
group used, its operation count, atoms per cell by element, sites in the cell and the density.

Which symbol wins: the Hall symbol, then the H-M symbol — the order of gemmi's SmallStructure::set_spacegroup("SH2")
(include/gemmi/small.hpp of gemmi after 0.5.7; 0.5.7 itself reads only the H-M symbol), whose check_spacegroup()
reports the disagreement. Expansion and density as tools/gemmi/golden_crystals.py (its expand(), CODATA 2018 N_A).
"""
import glob, json, os, sys

import gemmi, xraydb

sys.path.insert(0, os.path.dirname(__file__))
from golden_crystals import NA, expand, first  # noqa: E402  (same expansion rule as the built-in crystals' golden file)

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
GOLDEN = os.path.join(ROOT, 'tests', 'DfxrmViz.Core.Tests', 'Golden')


def main():
    out = {'generator': f'tools/gemmi/golden_symmetry.py: gemmi {gemmi.__version__}, xraydb {xraydb.__version__}', 'files': {}}
    for path in sorted(glob.glob(os.path.join(GOLDEN, 'symmetry', '*.cif'))):
        block = gemmi.cif.read_file(path).sole_block()
        st = gemmi.make_small_structure_from_block(block)
        hall = first(block, '_space_group_name_Hall', '_symmetry_space_group_name_Hall')
        hm = first(block, '_space_group_name_H-M_alt', '_symmetry_space_group_name_H-M')
        by_hall = gemmi.find_spacegroup_by_ops(gemmi.symops_from_hall(hall)) if hall else None
        by_hm = gemmi.find_spacegroup_by_name(hm, st.cell.alpha, st.cell.gamma) if hm else None
        used = by_hall or by_hm
        ops = list(used.operations())
        cell_sites = expand(st, ops)
        counts = {}
        for _, el, occ in cell_sites:
            counts[el] = counts.get(el, 0.0) + occ
        mass = sum(occ * xraydb.atomic_mass(el) for _, el, occ in cell_sites)
        out['files'][os.path.basename(path)] = {
            'hall': hall, 'hallGroup': by_hall.xhm() if by_hall else None,
            'hm': hm, 'hmGroup': by_hm.xhm() if by_hm else None,
            'used': used.xhm(), 'usedBy': 'hall' if by_hall else 'hm', 'number': used.number,
            'operations': len(ops), 'sitesInCell': len(cell_sites),
            'atomsPerCell': {e: round(counts[e], 6) for e in sorted(counts)},
            'volumeA3': round(st.cell.volume, 6), 'densityGcm3': round(mass / NA / (st.cell.volume * 1e-24), 6),
        }
    with open(os.path.join(GOLDEN, 'symmetry.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print(json.dumps(out, indent=2, ensure_ascii=False))


if __name__ == '__main__':
    main()
