import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(2024)
B = 10**9
tests = [
    (0, [0]),                                   # one subset {0}
    (7, [5]),                                   # none
    (-5, [-3, -2, 4]),                          # negatives: must go below 0 first
    (-B, [-B]),
    (0, [0] * 36),                              # 2^36 - 1 subsets
    (18, [1] * 36),                             # C(36, 18)
    (36 * B, [B] * 36),                         # only the full set
    (-36 * B, [-B] * 36),
    (0, [rng.choice([-1, 1]) * rng.randint(1, 3) for _ in range(36)]),
    (5, [rng.randint(-5, 5) for _ in range(36)]),
    (12345, [rng.randint(-B, B) for _ in range(36)]),   # almost surely 0
    (0, [rng.randint(-20, 20) for _ in range(35)]),
    (100, [rng.randint(1, 60) for _ in range(36)]),
]
# construct k as the sum of a random subset of large values
a = [rng.randint(-B, B) for _ in range(36)]
tests.append((sum(x for x in a if rng.random() < 0.5), a))
for i, (k, a) in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d %d\n%s\n" % (len(a), k, " ".join(map(str, a))))
