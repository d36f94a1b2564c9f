import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(99)
N = 100000
W = 10000
tests = [
    (1, [7]),
    (3, [10000, 10000, 10000]),
    (2, [1, 1, 1, 1, 10000]),
    (6, [5, 1, 1, 1, 1, 9]),
    (1, [rng.randint(1, W) for _ in range(N)]),                 # whole sum, D = 1
    (N, [rng.randint(1, W) for _ in range(N)]),                 # one per day -> max
    (N - 1, [1] * (N - 1) + [W]),                               # heavy last parcel
    (7, [W] * N),                                               # all equal
    (333, [rng.randint(1, W) for _ in range(N)]),
    (50000, [rng.choice([1, W]) for _ in range(N)]),
    (17, sorted(rng.randint(1, W) for _ in range(N))),
    (2, list(range(W, W - N // 20, -1))),
    (1000, [rng.randint(1, 30) if i % 97 else W for i in range(N)]),
]
for i, (d, w) in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d %d\n%s\n" % (len(w), d, " ".join(map(str, w))))
