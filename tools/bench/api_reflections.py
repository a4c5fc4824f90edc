#!/usr/bin/python3
"""End-to-end time of POST /api/v1/reflections for PZT (CIF text in, every class to 2theta = 45 deg at 17 keV without f', f'' like the gemmi reference, JSON out) over
one keep-alive HTTP/1.1 connection, as a client sees it (the parsed crystal comes from the app's cache; the table does not). Prints {"api_reflections_pzt": median microseconds, "rows": n}.
Usage: /usr/bin/python3 tools/bench/api_reflections.py HOST:PORT [requests=200]"""
import http.client
import json
import os
import statistics
import sys
import time

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
cif = open(os.path.join(ROOT, 'src', 'DfxrmViz.Core', 'Data', 'Crystals', 'PZT_rhombohedral_COD2102945.cif'), encoding='utf-8').read()
calls = 0


def body():
    # A new energy each call (17 keV + a few neV): the app's table memo never answers, so |F|^2 is computed every time, as in gemmi.
    global calls
    calls += 1
    return json.dumps({'crystal': {'cif': cif}, 'energyKeV': 17 + calls * 1e-9, 'twoThetaMinDeg': 0, 'twoThetaMaxDeg': 45,
                       'anomalous': False}).encode()
host, port = sys.argv[1].rsplit(':', 1)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 200
conn = http.client.HTTPConnection(host, int(port))


def post():
    conn.request('POST', '/api/v1/reflections', body(), {'Content-Type': 'application/json'})
    r = conn.getresponse()
    data = r.read()
    if r.status != 200:
        raise SystemExit(f'POST /api/v1/reflections: HTTP {r.status}: {data[:300]!r}')
    return data


rows = json.loads(post())
rows = rows['reflections'] if isinstance(rows, dict) else rows
for _ in range(20):
    post()
times = []
for _ in range(n):
    t0 = time.perf_counter()
    post()
    times.append((time.perf_counter() - t0) * 1e6)
print(json.dumps({'api_reflections_pzt': statistics.median(times), 'rows': len(rows)}))
