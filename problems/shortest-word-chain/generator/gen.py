"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input has three lines: the JSON strings start and target and the JSON array dictionary."""

import itertools
import json
import os
import random
import sys

random.seed(5_000_10)
NMAX = 5000
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def rand_word(length, letters=LETTERS):
    return "".join(random.choice(letters) for _ in range(length))


def patterns(word):
    return [word[:i] + "*" + word[i + 1:] for i in range(len(word))]


def snake(length, count):
    """A chain of words, each one change from the previous one and at least two changes
    from every earlier word, so the chain has no shortcuts."""
    used = {}  # pattern -> the chain word that has it
    first = rand_word(length)
    chain = [first]
    for p in patterns(first):
        used[p] = first
    attempts = 0
    while len(chain) < count and attempts < 200 * count:
        attempts += 1
        last = chain[-1]
        i = random.randrange(length)
        ch = random.choice(LETTERS)
        if ch == last[i]:
            continue
        cand = last[:i] + ch + last[i + 1:]
        # the candidate may be adjacent only to `last` (through pattern i)
        if any(p in used for j, p in enumerate(patterns(cand)) if j != i):
            continue
        if used.get(patterns(cand)[i], last) != last:
            continue
        chain.append(cand)
        for p in patterns(cand):
            used.setdefault(p, cand)
    return chain


def filler(length, count, avoid):
    words = set()
    while len(words) < count:
        w = rand_word(length)
        if w not in avoid:
            words.add(w)
    return sorted(words)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []
    # smallest: one-letter words, the target alone in the dictionary (answer 1)
    tests.append(("a", "z", ["z"]))
    # target one change away but missing from the dictionary (answer -1)
    tests.append(("cat", "cot", ["cab", "cob", "cut", "dot", "cog"]))
    # start is also a dictionary word; a short detour is needed
    tests.append(("lead", "gold", ["load", "goad", "gold", "lead", "lend", "bold"]))
    # small random dictionary over three letters, length 4
    words = sorted(set(rand_word(4, "abc") for _ in range(40)) | {"cccc"})
    tests.append(("aaaa", "cccc", words))
    # all 676 two-letter words: dense graph (answer 2)
    tests.append(("ab", "ba", ["".join(p) for p in itertools.product(LETTERS, repeat=2)]))
    # dense: every length-3 word over 17 letters (4913 words, 48 neighbours each)
    dense = ["".join(p) for p in itertools.product(LETTERS[:17], repeat=3)]
    random.shuffle(dense)
    tests.append(("aaa", "qqq", dense))
    # a long chain without shortcuts (~3000 changes) hidden among random words, length 10
    chain = snake(10, 3000)
    words = chain[1:] + filler(10, NMAX - len(chain) + 1, set(chain))
    random.shuffle(words)
    tests.append((chain[0], chain[-1], words))
    # the same kind of chain broken in the middle (answer -1 after a long search)
    chain = snake(10, 3000)
    broken = chain[1:1500] + chain[1501:]
    words = broken + filler(10, NMAX - len(broken), set(chain))
    random.shuffle(words)
    tests.append((chain[0], chain[-1], words))
    # a long chain of length-3 words (the random walk grows it until it gets stuck)
    chain = snake(3, 2000)
    words = chain[1:]
    random.shuffle(words)
    tests.append((chain[0], chain[-1], words))
    # largest, random words of length 5 over 6 letters plus a planted route
    words = sorted(set(rand_word(5, "abcdef") for _ in range(NMAX)))[: NMAX - 1]
    start, target = "aaaaa", "ffffe"
    if target not in words:
        words[0] = target
    tests.append((start, target, words))
    # largest, binary-like alphabet: 4 letters, length 7 (4^7 = 16384 words, take 5000)
    pool = ["".join(p) for p in itertools.product("wxyz", repeat=7)]
    words = random.sample(pool, NMAX)
    start = "wwwwwww"
    target = next(w for w in words if w != start and sum(a != b for a, b in zip(w, start)) == 7)
    tests.append((start, target, words))
    # largest, sparse random length-10 words; start one change from the target (answer 1)
    words = filler(10, NMAX, set())
    target = words[1234]
    start = ("a" if target[0] != "a" else "b") + target[1:]
    tests.append((start, target, words))
    # largest dictionary, the target missing from it (answer -1), dense length-3 graph
    dense = ["".join(p) for p in itertools.product(LETTERS[:18], repeat=3)]
    words = [w for w in dense if w != "rrr"]
    random.shuffle(words)
    tests.append(("aaa", "rrr", words[:NMAX]))
    for i, (s, t, words) in enumerate(tests, 1):
        assert len(words) <= NMAX and len(set(words)) == len(words)
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(json.dumps(s) + "\n" + json.dumps(t) + "\n" + json.dumps(words, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
