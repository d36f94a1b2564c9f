"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is one line: `s`, the compressed message as a JSON string."""

import json
import os
import random
import string
import sys

random.seed(777123)
MAXS = 10**5
MAXOUT = 10**6
MAXDEPTH = 100
LETTERS = string.ascii_lowercase


def letters(count, alphabet=LETTERS):
    return "".join(random.choice(alphabet) for _ in range(count))


BIG_COUNTS = [1, 2, 2, 3, 3, 4, 5, 7, 10, 12, 25, 99, 100, 250, 1000]
SMALL_COUNTS = [1, 1, 1, 2, 2, 3]


def random_message(chars, out_budget, depth, counts):
    """A random compressed message of at most `chars` characters whose expansion has
    at most `out_budget` characters (and at least one). Returns (text, expanded length)."""
    parts = []
    used = 0
    expanded = 0
    while used < chars and expanded < out_budget:
        room = chars - used
        free = out_budget - expanded
        if room >= 4 and depth < MAXDEPTH and random.random() < 0.35:
            # a group: pick the count, then an inner message that fits
            k = random.choice(counts)
            k = max(1, min(k, free))
            digits = len(str(k))
            inner_chars = random.randint(1, max(1, min(room - digits - 2, max(1, room // 3))))
            if inner_chars < 1 or digits + 2 + inner_chars > room:
                parts.append(random.choice(LETTERS))
                used += 1
                expanded += 1
                continue
            inner, inner_len = random_message(inner_chars, free // k, depth + 1, counts)
            parts.append(f"{k}[{inner}]")
            used += digits + 2 + len(inner)
            expanded += k * inner_len
        else:
            parts.append(random.choice(LETTERS))
            used += 1
            expanded += 1
        if random.random() < 0.02:
            break
    return "".join(parts), expanded


def full_random(chars, out_budget, counts):
    """Random top-level items until about `chars` characters are used."""
    parts = []
    used = 0
    expanded = 0
    while used < chars - 20:
        piece = min(chars - used, random.randint(1, 2000))
        text, length = random_message(piece, min(out_budget - expanded, piece * 9), 0, counts)
        if length > out_budget - expanded or used + len(text) > chars:
            break
        parts.append(text)
        used += len(text)
        expanded += length
        if expanded >= out_budget:
            break
    return "".join(parts) or "a"


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one letter
    tests.append("a")
    # a single group with the largest count
    tests.append("1000[z]")
    # small nesting with letters before, between and after groups (kills dropping
    # the text collected before a group)
    tests.append("ab2[cd3[e]f]gh1[i]")
    # multi-digit counts (kills reading only the last digit)
    tests.append("12[ab]10[c]100[x]y")
    # the deepest nesting: 100 levels, 18 of them doubling (expansion 786432)
    tests.append("2[" * 18 + "1[" * 82 + "abc" + "]" * 100)
    # largest: 10^5 plain letters, no groups at all
    tests.append(letters(MAXS))
    # largest: 25000 tiny groups "1[x]" (adversarial for expanding one group per pass)
    tests.append("".join(f"1[{c}]" for c in letters(MAXS // 4)))
    # largest: 50000 plain letters, then 12500 tiny groups
    tests.append(letters(MAXS // 2) + "".join(f"1[{c}]" for c in letters(MAXS // 8)))
    # the largest expansion, 10^6 characters, from a short message
    tests.append("10[10[10[10[10[10[q]]]]]]")
    # 500 sibling groups of 1000 copies each (expansion 10^6)
    tests.append("".join(f"1000[{letters(2)}]" for _ in range(500)))
    # random message with nested groups and counts up to 1000 (the expansion budget
    # runs out after a few thousand characters)
    tests.append(full_random(MAXS, MAXOUT, BIG_COUNTS))
    # largest random message: nested groups with counts 1..3, about 10^5 characters
    tests.append(full_random(MAXS, MAXOUT, SMALL_COUNTS))
    # 100-deep nesting repeated side by side with letters at every level
    one = "".join(f"1[{letters(1)}" for _ in range(MAXDEPTH)) + "]" * MAXDEPTH
    tests.append(one * (MAXS // len(one)))
    for i, s in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
