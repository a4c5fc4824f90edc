#!/usr/bin/python3
"""Golden values for the CRL (lens) tests, written to tests/DfxrmViz.Core.Tests/Golden/lens_id06.csv.

Run with the Debian python (python3-xraydb 4.4.7, numpy):  /usr/bin/python3 tools/lens/lens_golden.py

Independent of the C# ray-transfer (ABCD) solver: the image is traced lens by lens with the Gaussian thin-lens
equation 1/u + 1/v = 1/f (object of lens i+1 = gap - image of lens i), the magnification is the product of -v/u, and
the imaging condition d1 + dL + v(d1) = d_tot is solved by bisection (smallest-d1, i.e. magnifying, root).
delta/beta: xraydb.xray_delta_beta (Chantler f1, f2) at rho 1.848 g/cm3 and at the density the .lens file implies.
"""
import math
import os

import numpy as np
import xraydb

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "tests", "DfxrmViz.Core.Tests", "Golden", "lens_id06.csv")
TWO_THETA_DEG = 11.161381674768602  # docs/physics.md section 9 (upstream lambda)
D_TOT_PRIME_MM = 5000.0
R_MM = 50e-3
DANS_DELTA_17 = 1.17637e-6  # docs/physics.md section 9, Dans_Diffraction 2.2.3 (Henke), 2 Be / 16.225 A^3
NA = 6.02214076e23
RHO_FILE = 2 * xraydb.atomic_mass("Be") / (NA * 16.225e-24)


def id06_positions():
    """68 x 1.6 mm, separator 2 mm, 20 x 2 mm (id06.lens)."""
    pos = [1.6 * i for i in range(68)]
    start = pos[-1] + 2.0
    pos += [start + 2.0 * i for i in range(20)]
    return pos


def image_behind(d1, f, pos):
    """Image distance behind the last lens and total magnification, lens by lens (Gaussian lens equation)."""
    u, mag = d1, 1.0
    for i in range(len(pos)):
        if i > 0:
            u = (pos[i] - pos[i - 1]) - v
        v = u * f / (u - f)
        mag *= -v / u
    return v, mag


def solve(delta, d_tot):
    f = R_MM / (2 * delta)
    pos = id06_positions()
    d_l = pos[-1] - pos[0]
    g = lambda d1: d1 + d_l + image_behind(d1, f, pos)[0] - d_tot
    grid = np.linspace(1.0, d_tot - d_l - 1.0, 20001)
    vals = [g(x) for x in grid]
    for a, b, ga, gb in zip(grid[:-1], grid[1:], vals[:-1], vals[1:]):
        if ga * gb < 0 and abs(ga) < 1e3 and abs(gb) < 1e3:  # a root, not a pole
            for _ in range(200):
                m = 0.5 * (a + b)
                if g(a) * g(m) <= 0:
                    b = m
                else:
                    a = m
            d1 = 0.5 * (a + b)
            v, mag = image_behind(d1, f, pos)
            return f, d1, v, d_l, mag
    raise RuntimeError("no root")


def main():
    tt = math.radians(TWO_THETA_DEG)
    d_tot = D_TOT_PRIME_MM / math.cos(tt)
    rows = [("two_theta_deg", TWO_THETA_DEG), ("d_tot_mm", d_tot), ("rho_file_gcm3", RHO_FILE)]
    f, d1, d2, d_l, mag = solve(DANS_DELTA_17, d_tot)
    mount = ((d1 + 74.5) * math.cos(tt), (d1 + 74.5) * math.sin(tt))
    rows += [("dans17_f_lenslet_mm", f), ("dans17_d1_mm", d1), ("dans17_d2_mm", d2), ("dans17_dl_mm", d_l),
             ("dans17_magnification", mag), ("dans17_mount_x_mm", mount[0]), ("dans17_mount_y_mm", mount[1])]
    for e in (10, 17, 20, 30):
        for tag, rho in (("rho1848", 1.848), ("rhofile", RHO_FILE)):
            delta, beta, _ = xraydb.xray_delta_beta("Be", rho, e * 1000.0)
            rows += [(f"xraydb_delta_{tag}_{e}", delta), (f"xraydb_beta_{tag}_{e}", beta)]
        delta = xraydb.xray_delta_beta("Be", RHO_FILE, e * 1000.0)[0]
        f, d1, d2, d_l, mag = solve(delta, d_tot)
        rows += [(f"xraydb_rhofile_d1_mm_{e}", d1), (f"xraydb_rhofile_magnification_{e}", mag)]
        # total (photo + coherent + incoherent) Chantler mass attenuation, cm^2/g
        rows.append((f"chantler_mu_total_cm2g_{e}", xraydb.mu_chantler("Be", e * 1000.0)))
        rows.append((f"chantler_f1_be_{e}", xraydb.f1_chantler("Be", e * 1000.0)))
        rows.append((f"chantler_f2_be_{e}", xraydb.f2_chantler("Be", e * 1000.0)))
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(f"# written by tools/lens/lens_golden.py with xraydb {xraydb.__version__}, numpy {np.__version__}\n")
        fh.write("name,value\n")
        for name, value in rows:
            fh.write(f"{name},{value!r}\n")


if __name__ == "__main__":
    main()
