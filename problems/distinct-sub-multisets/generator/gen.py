"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the JSON array marbles."""

import json
import os
import random
import sys

random.seed(404_2024)


def build(groups):
    """groups: list of (value, count); returns the marbles shuffled."""
    marbles = [v for v, c in groups for _ in range(c)]
    random.shuffle(marbles)
    return marbles


def distinct_values(k):
    return random.sample(range(-100, 101), k)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: a single marble
    tests.append([0])
    # two equal marbles at the bottom of the range
    tests.append([-100, -100])
    # small mix of repeats
    v = distinct_values(3)
    tests.append(build([(v[0], 1), (v[1], 2), (v[2], 3)]))
    # largest n, all marbles equal (41 handfuls)
    tests.append([100] * 40)
    # largest n, two values 20 times each (441 handfuls)
    v = distinct_values(2)
    tests.append(build([(v[0], 20), (v[1], 20)]))
    # largest n, four values 10 times each (14641 handfuls): adversarial for 2^n masks
    v = distinct_values(4)
    tests.append(build([(x, 10) for x in v]))
    # 14 distinct values (16384 handfuls, the most with all values distinct)
    tests.append(distinct_values(14))
    # 10 distinct singles plus one value 18 times (19456 handfuls), n = 28
    v = distinct_values(11)
    tests.append(build([(x, 1) for x in v[:10]] + [(v[10], 18)]))
    # seven values with counts 1..6 and 2: 2*3*4*5*6*7*3 = 15120 handfuls, n = 23
    v = distinct_values(7)
    tests.append(build([(v[i], c) for i, c in enumerate([1, 2, 3, 4, 5, 6, 2])]))
    # largest n with a long tail of one value: 39 copies and one other (80 handfuls)
    v = distinct_values(2)
    tests.append(build([(v[0], 39), (v[1], 1)]))
    # exactly 20000 handfuls (the bound): counts 4, 4, 4, 4, 7, 3 -> 5^4 * 8 * 4, n = 26
    v = distinct_values(6)
    tests.append(build([(v[0], 4), (v[1], 4), (v[2], 4), (v[3], 4), (v[4], 7), (v[5], 3)]))
    # random small multiset, values in a narrow band with negatives
    tests.append([random.randint(-3, 3) for _ in range(9)])
    for i, marbles in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(marbles, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
