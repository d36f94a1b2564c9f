import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(4242)
tests = []
tests.append(([5], [5, 4, 6]))
tests.append(([10**9] * 3, [10**9, -10**9]))
tests.append(([-10**9, -10**9, 0, 10**9, 10**9], [-10**9, 0, 10**9, 1, -1]))
tests.append(([2] * 10, [2, 1, 3]))
N = 100000
# many duplicates, queries mostly hits
a = sorted(rng.randint(-1000, 1000) for _ in range(N))
tests.append((a, [rng.randint(-1100, 1100) for _ in range(N // 2)]))
# distinct values, queries half misses (even values only present)
a = [2 * i - N for i in range(N)]
tests.append((a, [rng.randint(-N - 5, N + 5) for _ in range(N // 2)]))
# all equal, queries all hits -> first 1, last n
tests.append(([7] * N, [7] * (N // 2) + [8] * 10))
# random big values, queries half present
a = sorted(rng.randint(-10**9, 10**9) for _ in range(30000))
qs = [rng.choice(a) if rng.random() < 0.5 else rng.randint(-10**9, 10**9) for _ in range(30000)]
tests.append((a, qs))
# runs of growing length
a = []
v = -500
while len(a) < 50000:
    a += [v] * min(50000 - len(a), rng.randint(1, 40))
    v += rng.randint(1, 3)
tests.append((a, [rng.randint(-510, v + 5) for _ in range(50000)]))
for i, (a, qs) in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), len(qs), " ".join(map(str, a))))
        f.write("".join("%d\n" % x for x in qs))
