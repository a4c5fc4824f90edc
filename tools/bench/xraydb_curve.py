#!/usr/bin/env python3
"""Reference timing for benchmarks/DfxrmViz.Benchmarks/Absorption/AttenuationCurveBenchmarks.cs: attenuation length of
LiNbO3 (6 Li, 6 Nb, 18 O in 318.2123 A^3, docs/physics.md §9) at 2000 log-spaced energies 1-100 keV with python3-xraydb 4.4.7.
Elam: xraydb.material_mu(formula, energies_eV, density) on the whole array (one call, xraydb's fastest path).
Chantler: density * sum_i w_i mu_chantler(el, energies) (array call per element).
Usage: /usr/bin/python3 tools/bench/xraydb_curve.py   (prints median of 15 runs after 3 warm-ups)"""

import numpy as np
import xraydb
from timing import median_seconds
from xraydb.utils import AVOGADRO

comp = {'Li': 6.0, 'Nb': 6.0, 'O': 18.0}
volume = 318.2123219778982
density = sum(n * xraydb.atomic_mass(el) for el, n in comp.items()) / (AVOGADRO * volume * 1e-24)
energies_ev = 1000.0 * np.exp(np.log(100.0) * np.arange(2000) / 1999)


def elam():
    return 1e4 / xraydb.material_mu('Li6Nb6O18', energies_ev, density=density)


def chantler():
    mass = {el: n * xraydb.atomic_mass(el) for el, n in comp.items()}
    mu = density * sum(m * xraydb.mu_chantler(el, energies_ev) for el, m in mass.items()) / sum(mass.values())
    return 1e4 / mu


for name, f in (('elam material_mu', elam), ('chantler mu_chantler', chantler)):
    median, fastest = median_seconds(f)
    print(f'{name}: median {median * 1e3:.2f} ms over 2000 energies (min {fastest * 1e3:.2f} ms)')
