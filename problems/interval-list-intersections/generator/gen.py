"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input has two lines: the JSON arrays mySlots and yourSlots."""

import json
import os
import random
import sys

random.seed(1_234_567)
N = 50_000
TMAX = 10**9


def slots(n, low, high, point_share=0.1):
    """n sorted slots in [low, high], each ending strictly before the next starts;
    about point_share of them are single moments."""
    cuts = sorted(random.sample(range(low, high + 1), 2 * n))
    result = []
    for i in range(n):
        s, e = cuts[2 * i], cuts[2 * i + 1]
        if random.random() < point_share:
            e = s
        result.append([s, e])
    return result


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # both lists empty
    tests.append(([], []))
    # first list empty, second the largest
    tests.append(([], slots(N, 0, TMAX)))
    # single equal moments
    tests.append(([[5, 5]], [[5, 5]]))
    # small random lists in a narrow time range (many touching ends)
    tests.append((slots(5, 0, 30), slots(6, 0, 30)))
    # largest, random over the whole time range
    tests.append((slots(N, 0, TMAX), slots(N, 0, TMAX)))
    # largest, both lists packed into a short range: frequent shared endpoints
    tests.append((slots(N, 0, 2 * N + 10), slots(N, 0, 2 * N + 10)))
    # one slot covering everything against the largest list (answer = that list)
    tests.append(([[0, TMAX]], slots(N, 0, TMAX)))
    # interleaved with no overlap at all (answer [])
    tests.append(([[4 * i, 4 * i + 1] for i in range(N)], [[4 * i + 2, 4 * i + 3] for i in range(N)]))
    # identical lists (answer = the list)
    s = slots(N, 0, TMAX, 0.3)
    tests.append((s, [list(x) for x in s]))
    # every pair of neighbours touches in one moment: ~10^5 single-moment stretches
    tests.append(([[3 * i, 3 * i + 1] for i in range(N)], [[3 * i + 1, 3 * i + 3] for i in range(N)]))
    # few long slots against many short ones inside them
    tests.append((slots(50, 0, TMAX, 0.0), slots(N, 0, TMAX)))
    # largest list against one single moment at the very end of time
    tests.append((slots(N - 1, 0, TMAX - 1) + [[TMAX, TMAX]], [[TMAX, TMAX]]))
    for i, (a, b) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(a, separators=(",", ":")) + "\n" + json.dumps(b, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
