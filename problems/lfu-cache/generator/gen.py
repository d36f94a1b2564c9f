"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs LFUCache with its capacity)
and their argument lists."""

import json
import os
import random
import sys

random.seed(20261130_2)
MAX_CALLS = 200_000  # calls to get and put after the constructor
MAX_CAP = 10**5
MAX_KEY = 10**5
MAX_VALUE = 10**9


class Builder:
    def __init__(self, capacity):
        self.names = ["LFUCache"]
        self.args = [[capacity]]

    def calls(self):
        return len(self.names) - 1

    def get(self, key):
        self.names.append("get")
        self.args.append([key])

    def put(self, key, value=None):
        self.names.append("put")
        self.args.append([key, random.randint(0, MAX_VALUE) if value is None else value])

    def text(self):
        assert self.calls() <= MAX_CALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def random_ops(b, count, keys, put_share=0.5):
    """Random calls on keys drawn from the list `keys` (repeat a key in it to make it hot)."""
    for _ in range(count):
        key = random.choice(keys)
        if random.random() < put_share:
            b.put(key)
        else:
            b.get(key)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # smallest: capacity 1, every new key evicts the only entry, however often it was used
    b = Builder(1)
    b.get(0)
    b.put(0, 0)
    b.get(0)
    b.get(0)
    b.put(MAX_KEY, MAX_VALUE)
    b.get(0)
    b.get(MAX_KEY)
    b.put(MAX_KEY, 5)
    b.get(MAX_KEY)
    b.put(0, 1)
    b.get(MAX_KEY)
    b.get(0)
    tests.append(b)

    # ties on the use count go to the least recently used key; a replacing put is a use
    b = Builder(3)
    b.put(1, 10)
    b.put(2, 20)
    b.put(3, 30)
    b.put(1, 11)  # 1 now has count 2
    b.put(4, 40)  # evicts 2 (count 1, older than 3)
    b.get(2)
    b.get(3)  # 3 now has count 2, more recent than 1
    b.put(5, 50)  # evicts 4 (the only key with count 1)
    b.get(4)
    b.get(1)
    b.get(3)
    b.get(5)
    b.put(3, 33)  # counts: 1 -> 3, 3 -> 4, 5 -> 2
    b.put(6, 60)  # evicts 5
    b.get(5)
    b.put(7, 70)  # evicts 6
    b.get(6)
    b.get(1)
    b.get(3)
    b.get(7)
    tests.append(b)

    # an evicted key starts over: its old count must not come back with it
    b = Builder(2)
    b.put(1, 1)
    for _ in range(5):
        b.get(1)
    b.put(2, 2)
    b.put(3, 3)  # evicts 2
    b.put(2, 22)  # evicts 3
    for _ in range(3):
        b.get(2)  # 2 has count 4, 1 has count 6
    b.put(4, 4)  # evicts 2
    b.get(2)
    b.get(1)
    b.get(4)
    b.put(4, 44)
    b.put(4, 444)
    b.put(5, 5)  # evicts 4 (count 3 < 7)
    b.get(4)
    b.get(5)
    b.get(1)
    tests.append(b)

    # the smallest count climbs while no key is added, then drops back to 1
    b = Builder(4)
    for k in range(4):
        b.put(k)
    for rnd in range(3):
        for k in range(4):
            b.get(k)
            b.get(k)
    b.put(9)
    for k in range(10):
        b.get(k)
    b.put(8)
    for k in range(10):
        b.get(k)
    tests.append(b)

    # small random: few keys, small capacity, many ties
    b = Builder(3)
    random_ops(b, 200, list(range(8)))
    tests.append(b)

    # medium random with some hot keys
    b = Builder(50)
    keys = list(range(300)) + list(range(20)) * 15
    random_ops(b, 3000, keys, put_share=0.4)
    tests.append(b)

    # medium: capacity 2 under a stream of puts and gets (constant eviction)
    b = Builder(2)
    random_ops(b, 5000, list(range(6)), put_share=0.6)
    tests.append(b)

    # largest: the full capacity filled, then a stream of new keys, each one evicting
    b = Builder(MAX_CAP)
    for k in range(MAX_CAP):
        b.put(k)
    k = 0
    while b.calls() + 2 <= MAX_CALLS:
        b.put(MAX_KEY if k == 0 else k - 1)  # key MAX_KEY first, then the evicted ones again
        b.get(random.randint(0, MAX_KEY))
        k += 1
    tests.append(b)

    # largest: hot keys with high counts survive a churn of cold keys (the smallest count
    # keeps falling back to 1)
    cap = 60_000
    b = Builder(cap)
    for k in range(cap):
        b.put(k)
    hot = list(range(0, cap, 3))
    for _ in range(30_000):
        b.get(random.choice(hot))
    nxt = cap
    while b.calls() < MAX_CALLS:
        r = random.random()
        if r < 0.5:
            b.put(nxt)
            nxt = nxt + 1 if nxt < MAX_KEY else cap
        elif r < 0.8:
            b.get(random.choice(hot))
        else:
            b.put(random.choice(hot))
    tests.append(b)

    # largest: random over the whole key range with skew, a large capacity and many evictions
    b = Builder(40_000)
    keys = list(range(MAX_KEY + 1)) + list(range(5000)) * 10
    random_ops(b, MAX_CALLS, keys, put_share=0.6)
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
