import os
import random
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "../tests/hidden"
os.makedirs(out, exist_ok=True)
rng = random.Random(8)


def empty(n):
    return ["." * n for _ in range(n)]


def rand(n, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(n)) for _ in range(n)]


tests = [
    ["."],
    ["#"],
    empty(2),
    rand(7, 0.2),
    empty(6),
    empty(8),
    empty(11),
    ["#" + "." * 10] + empty(11)[1:],
    rand(11, 0.05),
    rand(11, 0.15),
    rand(10, 0.3),
    ["".join("#" if r == c else "." for c in range(11)) for r in range(11)],
    ["." * 11 for _ in range(10)] + ["#" * 11],
    # burnt band in the middle column
    ["." * 5 + "#" + "." * 5 for _ in range(11)],
    rand(11, 0.02),
]
for i, t in enumerate(tests, 1):
    with open(os.path.join(out, "%02d.in" % i), "w") as f:
        f.write("%d\n%s\n" % (len(t), "\n".join(t)))
