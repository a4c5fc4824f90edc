#!/usr/bin/python3
"""Times gemmi 0.5.7 (Debian python3-gemmi) reading LiNbO3 (COD 1541936) from text and expanding it to the unit cell,
the same work as benchmarks/DfxrmViz.Benchmarks/Crystal/CifReadBenchmarks.cs. Prints the median of 15 repeats.
Run: /usr/bin/python3 tools/bench/gemmi_read_cif.py
"""
import os, statistics, timeit
import gemmi

PATH = os.path.join(os.path.dirname(__file__), '..', '..', 'src', 'DfxrmViz.Core', 'Data', 'Crystals', 'LiNbO3_COD1541936.cif')
TEXT = open(PATH, encoding='utf-8').read()

def read_and_expand():
    st = gemmi.make_small_structure_from_block(gemmi.cif.read_string(TEXT).sole_block())
    return len(st.get_all_unit_cell_sites())

assert read_and_expand() == 30
n = 200
times = [t / n * 1e6 for t in timeit.repeat(read_and_expand, number=n, repeat=15)]
print(f'gemmi {gemmi.__version__} read+expand LiNbO3: median {statistics.median(times):.1f} us (min {min(times):.1f}, 15x{n} calls)')
