"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input has two lines: the JSON array cards and the integer runLength."""

import json
import os
import random
import sys

random.seed(31_337)
N = 100_000
VMAX = 10**9


def runs(count, k, low, high):
    """count runs of length k whose first cards are drawn from [low, high], shuffled."""
    cards = []
    for _ in range(count):
        s = random.randint(low, high)
        cards.extend(range(s, s + k))
    random.shuffle(cards)
    return cards


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one card, runs of one (true)
    tests.append(([0], 1))
    # smallest false: two cards with a gap
    tests.append(([5, 7], 2))
    # small overlapping runs (true)
    tests.append((runs(4, 3, 1, 4), 3))
    # largest, runs of one: any pile works (true)
    tests.append(([random.randint(0, VMAX) for _ in range(N)], 1))
    # largest, pairs with starts spread widely (true): adversarial for the naive minimum search
    tests.append((runs(N // 2, 2, 0, VMAX - 1), 2))
    # largest, pairs with starts in a tiny range: many equal cards in different runs (true)
    tests.append((runs(N // 2, 2, 0, 20), 2))
    # largest, runs of 5 packed tightly (true)
    tests.append((runs(N // 5, 5, 100, 150), 5))
    # largest, 100 runs of 1000 (true)
    tests.append((runs(100, 1000, 0, VMAX - 999), 1000))
    # one run of all 10^5 cards ending at 10^9 (true)
    cards = list(range(VMAX - N + 1, VMAX + 1))
    random.shuffle(cards)
    tests.append((cards, N))
    # the same run with its middle card replaced by a copy of its neighbour (false)
    cards = list(range(VMAX - N + 1, VMAX + 1))
    cards[N // 2] += 1
    random.shuffle(cards)
    tests.append((cards, N))
    # card count not divisible by the run length (false)
    tests.append((runs(N // 2, 2, 0, 1000)[:-1], 2))
    # valid pairs except the largest card is raised by one: fails only at the end (false)
    cards = runs(N // 2, 2, 0, 10**6)
    top = max(range(len(cards)), key=lambda i: cards[i])
    cards[top] += 1
    tests.append((cards, 2))
    # runs of 3 with one card duplicated and another removed (false)
    cards = runs(N // 3, 3, 0, 5000)
    cards[0] = cards[1]
    random.shuffle(cards)
    tests.append((cards, 3))
    # all cards equal, runs of two (false)
    tests.append(([7] * N, 2))
    for i, (cards, k) in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(cards, separators=(",", ":")) + "\n" + str(k) + "\n")


if __name__ == "__main__":
    main()
