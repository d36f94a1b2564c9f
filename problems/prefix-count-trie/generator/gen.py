"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs PrefixTrie) and their
argument lists. Every erase removes a word that is stored at that moment."""

import json
import os
import random
import string
import sys

random.seed(7142026)
MAX_CALLS = 200_000  # method calls after the constructor
MAX_LEN = 50
MAX_INSERT_CHARS = 500_000
MAX_TOTAL_CHARS = 2_000_000


class Builder:
    def __init__(self):
        self.names = ["PrefixTrie"]
        self.args = [[]]
        self.stored = {}  # word -> copies stored
        self.present = []  # the distinct stored words (for picking erase targets)
        self.index = {}
        self.insert_chars = 0
        self.total_chars = 0

    def calls(self):
        return len(self.names) - 1

    def _call(self, name, s):
        assert 1 <= len(s) <= MAX_LEN and s.isascii() and s.isalpha() and s.islower()
        self.names.append(name)
        self.args.append([s])
        self.total_chars += len(s)

    def insert(self, w):
        self._call("insert", w)
        self.insert_chars += len(w)
        if w not in self.stored:
            self.stored[w] = 0
            self.index[w] = len(self.present)
            self.present.append(w)
        self.stored[w] += 1

    def erase(self, w):
        assert self.stored.get(w, 0) > 0
        self._call("erase", w)
        self.stored[w] -= 1
        if self.stored[w] == 0:
            del self.stored[w]
            i = self.index.pop(w)
            last = self.present.pop()
            if last != w:
                self.present[i] = last
                self.index[last] = i

    def count_word(self, w):
        self._call("countWord", w)

    def count_prefix(self, p):
        self._call("countPrefix", p)

    def fits(self, more_chars, more_insert=0):
        return (self.calls() < MAX_CALLS and self.total_chars + more_chars <= MAX_TOTAL_CHARS
                and self.insert_chars + more_insert <= MAX_INSERT_CHARS)

    def text(self):
        assert self.calls() <= MAX_CALLS
        assert self.insert_chars <= MAX_INSERT_CHARS and self.total_chars <= MAX_TOTAL_CHARS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def word(lo, hi, letters=string.ascii_lowercase):
    return "".join(random.choice(letters) for _ in range(random.randint(lo, hi)))


def random_ops(b, count, make_word, weights=(3, 2, 2, 4)):
    """Random insert/erase/countWord/countPrefix; erase only a stored word, questions often about
    stored words and their prefixes, sometimes about anything."""
    for _ in range(count):
        op = random.choices(["insert", "erase", "countWord", "countPrefix"], weights=weights)[0]
        if op == "erase" and not b.present:
            op = "insert"
        if op == "insert":
            w = make_word() if not b.present or random.random() < 0.5 else random.choice(b.present)
            b.insert(w)
        elif op == "erase":
            b.erase(random.choice(b.present))
        else:
            w = random.choice(b.present) if b.present and random.random() < 0.7 else make_word()
            if op == "countWord":
                b.count_word(w)
            else:
                b.count_prefix(w[: random.randint(1, len(w))])


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # smallest: one letter stored, counted, erased
    b = Builder()
    b.count_prefix("a")
    b.count_word("a")
    b.insert("a")
    b.count_word("a")
    b.count_prefix("a")
    b.count_word("b")
    b.count_prefix("ab")
    b.erase("a")
    b.count_word("a")
    b.count_prefix("a")
    tests.append(b)

    # copies: a word stored several times, words that are prefixes of each other, a prefix that
    # is not a stored word, a query longer than every stored word
    b = Builder()
    for w in ["car", "car", "card", "cart", "cart", "cart", "care", "c", "dog"]:
        b.insert(w)
    for p in ["c", "ca", "car", "card", "cards", "cat", "d", "dog", "dogs", "x"]:
        b.count_prefix(p)
        b.count_word(p)
    b.erase("cart")
    b.erase("car")
    b.erase("c")
    for p in ["c", "ca", "car", "cart"]:
        b.count_prefix(p)
        b.count_word(p)
    tests.append(b)

    # every copy erased, then the word stored again; the path must drop to zero and come back
    b = Builder()
    for _ in range(4):
        b.insert("zebra")
    b.insert("zeb")
    for _ in range(4):
        b.count_prefix("zeb")
        b.erase("zebra")
    b.count_prefix("zebr")
    b.count_word("zebra")
    b.count_prefix("z")
    b.erase("zeb")
    b.count_prefix("z")
    b.insert("zebra")
    b.count_prefix("zebr")
    b.count_word("zeb")
    tests.append(b)

    # the longest words: 50 letters, and a one-letter alphabet (deep single path)
    b = Builder()
    long_a = "a" * MAX_LEN
    for n in (MAX_LEN, 1, 25, MAX_LEN, 49):
        b.insert("a" * n)
    for n in range(1, MAX_LEN + 1):
        b.count_prefix("a" * n)
    b.count_word(long_a)
    b.erase(long_a)
    b.count_word(long_a)
    b.count_prefix(long_a)
    z = word(MAX_LEN, MAX_LEN)
    b.insert(z)
    b.count_prefix(z)
    b.count_prefix(z[:-1])
    b.count_word(z[:-1])
    tests.append(b)

    # small random over two letters (many shared prefixes and copies)
    b = Builder()
    random_ops(b, 300, lambda: word(1, 4, "ab"))
    tests.append(b)

    # medium random over four letters
    b = Builder()
    random_ops(b, 5000, lambda: word(1, 8, "abcd"))
    tests.append(b)

    # largest: many distinct words, then short prefixes asked over and over
    b = Builder()
    for _ in range(60_000):
        b.insert(word(5, 9))
    while b.fits(MAX_LEN):
        r = random.random()
        if r < 0.85:
            w = random.choice(b.present)
            b.count_prefix(w[: random.randint(1, 4)])
        else:
            b.count_word(random.choice(b.present) if r < 0.95 else word(5, 9))
    tests.append(b)

    # largest: long words sharing long stems, asked about with prefixes of all lengths
    b = Builder()
    stems = [word(20, 30) for _ in range(40)]
    while b.fits(MAX_LEN, MAX_LEN) and b.insert_chars < MAX_INSERT_CHARS - 2000:
        s = random.choice(stems)
        b.insert(s + word(MAX_LEN - len(s) - 10, MAX_LEN - len(s), "abc"))
    while b.fits(MAX_LEN) and b.total_chars < 1_300_000:  # lighter than the limit: 50-letter words
        w = random.choice(b.present)
        r = random.random()
        if r < 0.8:
            b.count_prefix(w[: random.choice((1, 2, 3, 5, 8, 13))])
        elif r < 0.9:
            b.count_prefix(w[: random.randint(1, len(w))])
        else:
            b.count_word(w)
    tests.append(b)

    # largest: inserts, erases and questions mixed, with many copies of a pool of words
    b = Builder()
    pool = [word(3, 10) for _ in range(20_000)]
    for w in pool[:20_000]:
        b.insert(w)
    random_ops(b, MAX_CALLS - b.calls(), lambda: random.choice(pool), weights=(2, 1, 2, 6))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
