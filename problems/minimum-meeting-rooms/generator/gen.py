import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(5150)
N = 100000
tests = [
    [(0, 1)],
    [(0, 10**9)] * 3,
    [(1, 2), (2, 3), (3, 4), (4, 5)],            # back to back -> 1
    [(1, 3), (2, 10), (4, 5), (6, 7), (3, 4)],   # reuse-last-room trap
    [(i, i + 1) for i in range(N)][::-1],        # back to back, reversed -> 1
    [(i, 2 * N - i) for i in range(N // 2)],     # nested -> n
]
t = []
for _ in range(40000):
    s = rng.randint(0, 10**9 - 1)
    t.append((s, min(10**9, s + rng.randint(1, 10**7))))
tests.append(t)
t = []
for _ in range(60000):
    s = rng.randint(0, 10**5)
    t.append((s, s + rng.randint(1, 50)))
tests.append(t)
t = []
for _ in range(N):
    s = rng.randint(0, 1000)
    t.append((s, s + rng.randint(1, 3)))
tests.append(t)
t = []
for i in range(20000):
    # long meeting followed by short ones that fit in freed rooms
    t.append((i * 10, i * 10 + 25))
    t.append((i * 10 + 5, i * 10 + 10))
rng.shuffle(t)
tests.append(t)
t = [(rng.randint(0, 99), 0) for _ in range(1000)]
t = [(s, s + rng.randint(1, 5)) for s, _ in t]
tests.append(t)
for i, t in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n" % len(t))
        f.write("".join("%d %d\n" % p for p in t))
