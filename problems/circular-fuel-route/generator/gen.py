import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(4711)
N = 100000
W = 10000
tests = [
    ([0], [0]),
    ([3], [4]),
    ([5, 0], [0, 5]),
    ([1, 4, 0, 2], [2, 0, 3, 1]),
]
# long successful runs that fail near the end: quadratic for simulation, answer 0
tests.append(([2] * (N - 1) + [0], [1] * (N - 1) + [N]))
# every station balanced: every start works
tests.append(([W] * N, [W] * N))
# random with total slightly positive
g = [rng.randint(0, W) for _ in range(N)]
c = [rng.randint(0, W) for _ in range(N)]
diff = sum(g) - sum(c)
if diff < 0:
    # lower some costs (keeping them in bounds) until the total is non-negative
    i = 0
    while diff < 0:
        take = min(c[i], -diff)
        c[i] -= take
        diff += take
        i += 1
tests.append((g, c))
# random with total negative
tests.append(([rng.randint(0, W - 1) for _ in range(N)], [rng.randint(1, W) for _ in range(N)]))
# small fluctuations around zero, total exactly zero -> several valid starts
g = [rng.randint(0, 3) for _ in range(N)]
c = g[:]
rng.shuffle(c)
tests.append((g, c))
# periodic pattern: many valid starts
pat_g, pat_c = [3, 0, 1], [1, 2, 1]
tests.append(((pat_g * (N // 3)), (pat_c * (N // 3))))
# one big station, the rest deficits
g = [0] * N
c = [1] * N
g[N // 2] = N
tests.append((g, c))
# random small n
g = [rng.randint(0, 5) for _ in range(200)]
c = [rng.randint(0, 5) for _ in range(200)]
tests.append((g, c))
for i, (g, c) in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n%s\n%s\n" % (len(g), " ".join(map(str, g)), " ".join(map(str, c))))
