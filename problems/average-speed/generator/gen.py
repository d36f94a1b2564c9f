"""Hidden-test generator for average-speed.

Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).
"""
import random
import sys
from pathlib import Path

if len(sys.argv) != 2:
    sys.exit(__doc__)
OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
rng = random.Random(4242)
N = 10 ** 5   # max n
M = 10 ** 6   # max d and t


def fast_then_slow():
    """Half fast sprints (d ~ 10^6, t <= 10), then half near-standstill climbs (d <= 10, t ~ 10^6):
    the mean of the per-stretch speeds is ~5*10^5, the true average ~1."""
    fast = [(rng.randint(9 * M // 10, M - 1), rng.randint(1, 10)) for _ in range(N // 2)]
    slow = [(rng.randint(0, 10), rng.randint(9 * M // 10, M - 1)) for _ in range(N - N // 2)]
    return fast + slow


def traffic_lights():
    """Random stretches where about a third are stops at lights (d = 0)."""
    return [(0 if rng.random() < 0.3 else rng.randint(1, M), rng.randint(1, M)) for _ in range(N)]


tests = [
    [(0, 1)],                                                        # smallest: one stretch standing still
    [(M, 1)],                                                        # one stretch, fastest possible speed
    [(1, M)],                                                        # one stretch, slowest positive speed
    [(1, 3)],                                                        # one stretch, repeating decimal
    [(M, 1)] * N,                                                    # max n, max distance: total d = 10^11 (64-bit)
    [(0, M)] * (N - 1) + [(1, 1)],                                   # max n, total t ~ 10^11, answer ~10^-11
    [(1, M)] * N,                                                    # max n, max time, tiny speed
    [(rng.randint(0, M), rng.randint(1, M)) for _ in range(N)],      # max n, uniform random
    fast_then_slow(),                                                # max n, mean of speeds is far off
    [(rng.randint(0, M), rng.randint(1, 1000)) for _ in range(N)],   # max n, short times, speeds ~10^3
    [(7, 1), (0, M), (999999, 999999), (5, 9), (123456, 654321)],    # small hand-made mix
    [(0, M), (M, 1)],                                                # a long stop and a sprint: 10^6 / (10^6 + 1)
    [(M, M)] * N,                                                    # max n, both totals 10^11, answer exactly 1
    traffic_lights(),                                                # max n, many zero-distance stops
]

for k, rows in enumerate(tests, 1):
    assert 1 <= len(rows) <= N and all(0 <= d <= M and 1 <= t <= M for d, t in rows)
    (OUT / f"{k:02d}.in").write_text(f"{len(rows)}\n" + "".join(f"{d} {t}\n" for d, t in rows))
