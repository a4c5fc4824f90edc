#!/usr/bin/python3
"""End-to-end time of POST /api/v1/reflections for PZT (CIF text in, every class to 2theta = 45 deg at 17 keV without f', f'' like the gemmi reference, JSON out) over
one keep-alive HTTP/1.1 connection, as a client sees it (the parsed crystal comes from the app's cache; the table does not). Prints {"api_reflections_pzt": median microseconds, "rows": n}.
Usage: /usr/bin/python3 tools/bench/api_reflections.py HOST:PORT [requests=1000] [warm-up requests=3000]"""
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
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
WARMUP = int(sys.argv[3]) if len(sys.argv) > 3 else 3000
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
# Warm-up until the runtime's tiered JIT has promoted the request path: .NET starts methods as quick tier-0 code and recompiles
# hot ones (with dynamic PGO) only after call counting, which waits while new methods are still being compiled. With 20 warm-ups
# the median swung by 2x between runs (tier-0 code timed); a server under traffic runs the promoted code. ~2 s here.
for _ in range(WARMUP):
    post()
times = []
for _ in range(n):
    t0 = time.perf_counter()
    post()
    times.append((time.perf_counter() - t0) * 1e6)
print(json.dumps({'api_reflections_pzt': statistics.median(times), 'rows': len(rows)}))
