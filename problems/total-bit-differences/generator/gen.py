"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: the JSON array codes."""

import json
import os
import random
import sys

random.seed(0xB17)
N = 100_000
TOP = 2**31 - 1


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: a single code (no pairs, answer 0)
    tests.append([0])
    # two small codes
    tests.append([1, 2])
    # small random batch
    tests.append([random.randint(0, 100) for _ in range(10)])
    # largest, all codes equal (answer 0)
    tests.append([123456789] * N)
    # largest, uniformly random over the full range
    tests.append([random.randint(0, TOP) for _ in range(N)])
    # largest, half zeros and half all-ones: the maximum answer 31 * (n/2)^2
    tests.append([0] * (N // 2) + [TOP] * (N // 2))
    # largest, alternating bit patterns 0x55555555 / 0x2AAAAAAA (every mixed pair differs in 31 bits)
    tests.append([0x55555555 if random.random() < 0.5 else 0x2AAAAAAA for _ in range(N)])
    # largest, the top bit (bit 30) set in about a third of the codes
    tests.append([random.randint(2**30, TOP) if random.random() < 0.33 else random.randint(0, 2**30 - 1) for _ in range(N)])
    # largest, only 0 and 1
    tests.append([random.randint(0, 1) for _ in range(N)])
    # largest, random powers of two
    tests.append([1 << random.randint(0, 30) for _ in range(N)])
    # n = 99999, small values
    tests.append([random.randint(0, 999) for _ in range(N - 1)])
    # two equal codes with every bit set (answer 0)
    tests.append([TOP, TOP])
    for i, codes in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(codes, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
