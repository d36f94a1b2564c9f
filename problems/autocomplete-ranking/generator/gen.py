"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (Autocomplete, then record/suggest calls) and their
arguments. Sentences and prefixes are 1 to 20 lowercase letters or spaces."""

import json
import os
import random
import string
import sys

random.seed(20261130)
MAXCALLS = 200_000 - 1  # method calls; with the constructor, 2*10^5 operations
MAXLEN = 20


class Test:
    def __init__(self):
        self.names = ["Autocomplete"]
        self.args = [[]]

    def calls(self):
        return len(self.names) - 1

    def record(self, sentence):
        assert 1 <= len(sentence) <= MAXLEN and set(sentence) <= set(string.ascii_lowercase + " ")
        self.names.append("record")
        self.args.append([sentence])

    def suggest(self, prefix):
        assert 1 <= len(prefix) <= MAXLEN and set(prefix) <= set(string.ascii_lowercase + " ")
        self.names.append("suggest")
        self.args.append([prefix])

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def sentence(rng, words, lo=1, hi=4):
    """Words joined by single spaces, cut to at most MAXLEN characters (it may end in a space)."""
    return " ".join(rng.choice(words) for _ in range(rng.randint(lo, hi)))[:MAXLEN]


def prefix_of(rng, s):
    return s[: rng.randint(1, len(s))]


def edges():
    """Nothing recorded yet, a prefix equal to a sentence, spaces (before every letter), ties,
    a prefix longer than every sentence, the longest sentence, and the order changing as
    counts grow."""
    t = Test()
    t.suggest("a")
    t.suggest(" ")
    t.record("a")
    t.suggest("a")
    t.suggest("ab")
    t.record("a b")
    t.record("ab")
    t.record("a")
    t.record("aa")
    t.suggest("a")  # a (2), then "a b" < "aa" < "ab"
    t.suggest("a ")
    t.record("ab")
    t.record("ab")
    t.suggest("a")  # ab (3), a (2), then "a b"
    t.record(" x")
    t.record(" ")
    t.suggest(" ")
    long = "z" * 19 + " "
    t.record(long)
    t.record("z" * 20)
    t.suggest("z")
    t.suggest(long)
    t.suggest("z" * 20)
    t.record("z" * 20)
    t.suggest("zzz")
    t.suggest("zy")
    for s in ["b", "ba", "bb", "bc", "bd"]:
        t.record(s)
    t.suggest("b")  # five tied at 1: the three smallest
    t.record("bd")
    t.suggest("b")
    t.record("bc")
    t.record("bc")
    t.suggest("b")
    t.record("bd")
    t.record("bd")
    t.suggest("b")  # bd (4) over bc (3)
    return t


def random_mixed(rng, calls, letters, nwords, nsentences, suggest_ratio, zipf=1.0):
    """Sentences drawn from a fixed pool with skewed popularity (so counts grow and overtake one
    another); prefixes cut from pool sentences, now and then from nothing recorded."""
    t = Test()
    words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))) for _ in range(nwords)})
    pool = sorted({sentence(rng, words) for _ in range(nsentences)})
    rng.shuffle(pool)
    weights = [1 / (i + 1) ** zipf for i in range(len(pool))]
    while t.calls() < calls:
        if rng.random() < suggest_ratio:
            if rng.random() < 0.9:
                t.suggest(prefix_of(rng, rng.choice(pool)))
            else:
                t.suggest(sentence(rng, words, 1, 2))
        else:
            t.record(rng.choices(pool, weights)[0])
    return t


def many_sentences(rng, calls, records):
    """Tens of thousands of distinct sentences recorded first, then short prefixes asked for
    again and again: scanning every sentence per suggest is far too slow."""
    t = Test()
    letters = string.ascii_lowercase
    words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(2, 6))) for _ in range(3000)})
    pool = sorted({sentence(rng, words, 1, 4) for _ in range(records)})
    recorded = []
    for _ in range(records):
        s = rng.choice(pool) if rng.random() < 0.7 or not recorded else rng.choice(recorded)
        recorded.append(s)
        t.record(s)
    while t.calls() < calls:
        r = rng.random()
        if r < 0.9:
            s = rng.choice(recorded)
            t.suggest(s[: rng.randint(1, min(4, len(s)))])
        elif r < 0.95:
            t.record(rng.choice(recorded))
        else:
            t.suggest("".join(rng.choice(letters) for _ in range(rng.randint(1, 3))))
    return t


def shared_prefix(rng, calls, distinct):
    """Every sentence starts the same way, counts climb and overtake one another all the time,
    and every suggest is for that common beginning (or a little more of it)."""
    t = Test()
    head = "the quick "
    tails = sorted({"".join(rng.choice("abcdefghij ") for _ in range(rng.randint(1, 10))) for _ in range(distinct)})
    sentences = [head + tail for tail in tails]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(sentences))]
    rng.shuffle(weights)
    for s in sentences:
        t.record(s)
    while t.calls() < calls:
        if rng.random() < 0.05:
            t.record(rng.choices(sentences, weights)[0])
        else:
            s = rng.choice(sentences)
            t.suggest(s[: rng.randint(1, len(head) + 2)])
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(626262)
    tests = [
        edges(),
        random_mixed(rng, 100, "ab ", 6, 12, 0.4),
        random_mixed(rng, 2000, "abc", 20, 60, 0.4),
        random_mixed(rng, 20_000, string.ascii_lowercase[:8], 300, 2000, 0.5, 0.7),
        many_sentences(rng, MAXCALLS, 15_000),
        shared_prefix(rng, MAXCALLS, 10_000),
        random_mixed(rng, MAXCALLS, string.ascii_lowercase, 5000, 60_000, 0.93, 0.6),
        random_mixed(rng, 600, "a b", 5, 40, 0.5, 0.3),  # short sentences, many ties
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
