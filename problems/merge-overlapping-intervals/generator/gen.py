import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(20261124)
tests = []


def add(iv):
    tests.append(iv)


add([(5, 5)])                                   # single point
add([(0, 10**9), (0, 10**9)])                   # identical, full range
add([(1, 2), (2, 3), (3, 4), (5, 6)])           # touching chain
add([(1, 100), (2, 3), (50, 60), (99, 99), (200, 300), (250, 260)])  # nested
n = 100000
add([(3 * i, 3 * i + 1) for i in range(n)][::-1])   # all disjoint, reversed
n = 15000
add([(2 * i, 2 * i + 2) for i in range(100000)])          # all touching -> one
add([(0, 10**9)] + [(rng.randint(0, 10**9 - 1), 10**9 - 1) for _ in range(n - 1)])  # nested in first
iv = []
for _ in range(n):
    l = rng.randint(0, 10**9)
    iv.append((l, min(10**9, l + rng.randint(0, 6000))))
add(iv)                                              # random, mixture
iv = []
for _ in range(n):
    l = rng.randint(0, 10**6)
    iv.append((l, l + rng.randint(0, 3)))
add(iv)                                              # dense small
iv = []
for i in range(n):
    # disjoint blocks with nested long/short periods: breaks "cr = r"
    b = 5000 * (i // 4)
    iv.append([(b, b + 100), (b + 10, b + 20), (b + 30, b + 40), (b + 200, b + 210)][i % 4])
rng.shuffle(iv)
add(iv)
add([(7, 7)] * 50000)                                    # all equal points
iv = [(rng.randint(0, 50) * 2, 0) for _ in range(1000)]
iv = [(l, l + rng.choice([0, 2])) for l, _ in iv]
add(iv)                                              # many touching small
for i, iv in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n" % len(iv))
        f.write("".join("%d %d\n" % p for p in iv))
