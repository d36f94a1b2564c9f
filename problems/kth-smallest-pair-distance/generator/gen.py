import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(777)
N = 50000
B = 10**9
P = N * (N - 1) // 2
tests = [
    (1, [0, B]),
    (1, [5, 5]),
    (3, [1, 2, 4]),
    (6, [1, 1, 3, 3]),
    (P, [rng.randint(0, B) for _ in range(N)]),             # largest distance
    (1, [rng.randint(0, B) for _ in range(N)]),             # smallest distance
    (P // 2, [rng.randint(0, B) for _ in range(N)]),        # median
    (P // 3, [7] * N),                                      # all equal -> 0
    (P - 5, [rng.randint(0, 100) for _ in range(N)]),       # many ties
    (12345678, list(range(0, 2 * N, 2))),                   # arithmetic progression
    (P // 7, [rng.choice([0, B]) for _ in range(N)]),       # two clusters
    (N, [rng.randint(0, B) for _ in range(N)]),             # just past adjacent
    (777, [rng.randint(0, 1000) for _ in range(300)]),
]
for i, (k, a) in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))
