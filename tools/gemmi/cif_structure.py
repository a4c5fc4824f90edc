"""Reads a CIF into a gemmi.SmallStructure the way the golden scripts need it (gemmi 0.5.7, Debian python3-gemmi).

Shared by tools/gemmi/golden_structure_factors.py and tools/xraydb/golden_attenuation.py."""
import re

import gemmi


def read_structure(path):
    """gemmi.read_small_structure, with two fixes for gemmi 0.5.7:
    - a repeated single-value tag (Sapphire: `_chemical_formula_sum` twice, which gemmi refuses) keeps its first occurrence;
      loops and text fields are untouched;
    - gemmi expands by the H-M name only, but the CIF's operators are authoritative (docs/physics.md §2) and Dans_Diffraction's
      Silicon.cif names 'F d 3 m' (unknown to gemmi) while listing all 192 operators: the space group is found from them."""
    seen, lines = set(), []
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            m = re.match(r'(_\S+)\s+\S', line)
            if m and m.group(1).lower() in seen:
                continue
            if m:
                seen.add(m.group(1).lower())
            lines.append(line)
    block = gemmi.cif.read_string(''.join(lines)).sole_block()
    st = gemmi.make_small_structure_from_block(block)
    ops = list(block.find_values('_space_group_symop_operation_xyz')) or \
        list(block.find_values('_symmetry_equiv_pos_as_xyz'))
    if ops:
        sg = gemmi.find_spacegroup_by_ops(gemmi.GroupOps([gemmi.Op(gemmi.cif.as_string(o).replace(' ', '')) for o in ops]))
        if sg is None:
            raise SystemExit(f'{path}: operators match no gemmi space-group setting')
        st.spacegroup_hm = sg.xhm()
    st.setup_cell_images()
    return st
