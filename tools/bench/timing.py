"""Shared timing for the reference scripts in tools/bench: median wall time of repeated calls after a warm-up."""
import statistics
import time


def median_seconds(f, warmup=3, repeats=15):
    """Median and minimum of `repeats` timed calls of f() after `warmup` untimed calls, in seconds."""
    for _ in range(warmup):
        f()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times)
