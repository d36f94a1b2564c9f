import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(31337)
N = 100000
B = 10**9
tests = [
    [42],
    [2, 1],
    [-B, B, -B, B],
    list(range(N, 0, -1)),                                  # reversed: max answer
    list(range(N)),                                         # sorted: 0
    [5] * N,                                                # all equal: 0
    [rng.randint(-B, B) for _ in range(N)],                 # random distinct-ish
    [rng.randint(0, 9) for _ in range(N)],                  # many ties
    [(i % 2) * 7 for i in range(N)],                        # alternating
    [rng.randint(-B, B) for _ in range(1000)],
    [B - i if i % 3 else -B + i for i in range(N // 2)],
]
t = list(range(N))
for _ in range(50):
    i, j = rng.randrange(N), rng.randrange(N)
    t[i], t[j] = t[j], t[i]
tests.append(t)                                             # nearly sorted
for i, t in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n%s\n" % (len(t), " ".join(map(str, t))))
