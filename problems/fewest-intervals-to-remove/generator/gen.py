import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(1234)
N = 100000
tests = [
    [(0, 1)],
    [(0, 10**9), (0, 10**9)],
    [(0, 5), (5, 10), (10, 15)],                        # touching chain -> 0
    [(0, 100), (1, 2), (2, 3), (3, 4), (50, 60)],       # long slot blocks short ones
    [(3 * i, 3 * i + 3) for i in range(N)][::-1],       # touching, reversed -> 0
    [(i, 2 * N - i) for i in range(N)],                 # nested -> n-1
]
t = []
for _ in range(40000):
    l = rng.randint(0, 10**9 - 1)
    t.append((l, min(10**9, l + rng.randint(1, 10**5))))
tests.append(t)
t = []
for _ in range(60000):
    l = rng.randint(0, 10**5)
    t.append((l, l + rng.randint(1, 20)))
tests.append(t)
t = []
for i in range(20000):
    b = i * 10
    t += [(b, b + 10), (b + 2, b + 4), (b + 4, b + 7)]
rng.shuffle(t)
tests.append(t)
t = [(rng.randint(0, 50), 0) for _ in range(500)]
t = [(l, l + rng.randint(1, 4)) for l, _ in t]
tests.append(t)
tests.append([(5, 6)] * 30000)
for i, t in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n" % len(t))
        f.write("".join("%d %d\n" % p for p in t))
