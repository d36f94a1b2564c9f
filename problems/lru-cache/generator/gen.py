"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (the first constructs LRUCache with its capacity)
and their argument lists."""

import json
import os
import random
import sys

random.seed(4242017)
MAX_CALLS = 200_000  # calls to get and put after the constructor
MAX_CAP = 3000
MAX_KEY = 10**4
MAX_VALUE = 10**5


class Builder:
    def __init__(self, capacity):
        self.names = ["LRUCache"]
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


def random_ops(b, count, max_key, put_share=0.5):
    for _ in range(count):
        key = random.randint(0, max_key)
        if random.random() < put_share:
            b.put(key)
        else:
            b.get(key)


def local_ops(b, count, capacity, put_share, window):
    """Temporal locality, the workload a cache is for: most calls touch one of the `window` keys
    used last (found at the recent end of the order), the rest a key that is new or long unused."""
    recent = []
    for _ in range(count):
        if recent and random.random() < 0.9:
            key = recent[-1 - random.randrange(min(window, len(recent)))]
        else:
            key = random.randint(0, MAX_KEY)
        if random.random() < put_share:
            b.put(key)
        else:
            b.get(key)
        recent.append(key)
        if len(recent) > 4 * window:
            del recent[: 2 * window]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    tests = []

    # smallest: capacity 1, every new key evicts the only entry
    b = Builder(1)
    b.get(0)
    b.put(0, 0)
    b.get(0)
    b.put(MAX_KEY, MAX_VALUE)
    b.get(0)
    b.get(MAX_KEY)
    b.put(MAX_KEY, 5)
    b.get(MAX_KEY)
    tests.append(b)

    # a get that finds its key makes it the most recent: the other one is evicted
    b = Builder(2)
    b.put(1, 10)
    b.put(2, 20)
    b.get(1)
    b.put(3, 30)
    b.get(2)
    b.get(1)
    b.get(3)
    b.get(1)
    b.put(4, 40)
    b.get(3)
    b.get(1)
    b.get(4)
    tests.append(b)

    # a put on a present key replaces the value, makes it the most recent, evicts nothing
    b = Builder(3)
    for k in (5, 6, 7):
        b.put(k, k * 100)
    b.put(5, 1)
    b.put(6, 2)
    b.put(8, 800)
    b.get(7)
    b.get(5)
    b.get(6)
    b.get(8)
    b.put(9, 900)
    b.get(5)
    b.get(6)
    b.get(9)
    tests.append(b)

    # a get that misses uses nothing; value 0 is a value, not a miss
    b = Builder(2)
    b.put(0, 0)
    b.put(1, 0)
    b.get(2)
    b.get(0)
    b.put(2, 7)
    b.get(1)
    b.get(0)
    b.get(2)
    tests.append(b)

    # small random: capacity 3, few keys
    b = Builder(3)
    random_ops(b, 80, 6)
    tests.append(b)

    # medium random
    b = Builder(50)
    random_ops(b, 3000, 200)
    tests.append(b)

    # largest: full capacity, random keys over the whole range
    b = Builder(MAX_CAP)
    for k in random.sample(range(MAX_KEY + 1), MAX_CAP):
        b.put(k)
    random_ops(b, MAX_CALLS - b.calls(), MAX_KEY)
    tests.append(b)

    # largest: full capacity, most calls hit recently used keys (a list search per call scans far)
    b = Builder(MAX_CAP)
    for k in random.sample(range(MAX_KEY + 1), MAX_CAP):
        b.put(k)
    local_ops(b, MAX_CALLS - b.calls(), MAX_CAP, 0.3, 40)
    tests.append(b)

    # largest: capacity + 1 keys in a cycle, so every put evicts and every get misses
    b = Builder(MAX_CAP)
    k = 0
    while b.calls() + 2 <= MAX_CALLS:
        b.put(k)
        b.get((k + 1) % (MAX_CAP + 1))
        k = (k + 1) % (MAX_CAP + 1)
    tests.append(b)

    # largest: the working set fits exactly; gets and updates of present keys, no eviction
    b = Builder(MAX_CAP)
    keys = random.sample(range(MAX_KEY + 1), MAX_CAP)
    for k in keys:
        b.put(k)
    while b.calls() < MAX_CALLS:
        k = keys[-1 - min(int(random.expovariate(1 / 30)), MAX_CAP - 1)]
        if random.random() < 0.2:
            b.put(k)
        else:
            b.get(k)
    tests.append(b)

    # largest: capacity 1 with two alternating keys
    b = Builder(1)
    while b.calls() + 2 <= MAX_CALLS:
        k = random.randint(0, 1)
        b.put(k)
        b.get(random.randint(0, 1))
    tests.append(b)

    for i, b in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(b.text())


if __name__ == "__main__":
    main()
