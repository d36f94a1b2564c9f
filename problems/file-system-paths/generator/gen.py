"""Usage: python3 gen.py OUTDIR — writes the hidden inputs NN.in into OUTDIR (deterministic).

Each input is two JSON lines: the operations (FileSystem, then createPath/get/list/remove calls)
and their arguments. Every list is made on "/" or a path that exists at that moment, and the
lists returned hold at most 10^6 names in total."""

import json
import os
import random
import string
import sys

random.seed(20261130)
MAXCALLS = 200_000 - 1  # method calls; with the constructor, 2*10^5 operations
MAXLEN = 100
MAXVALUE = 10**9
MAXLISTED = 10**6


def name(rng, lo=1, hi=10, letters=string.ascii_lowercase):
    return "".join(rng.choice(letters) for _ in range(rng.randint(lo, hi)))


class Test:
    """Records the calls and keeps a model of the file system, to choose valid arguments."""

    def __init__(self):
        self.names = ["FileSystem"]
        self.args = [[]]
        self.kids = {"": {}}  # path ("" is the root) -> the names of its children (a dict: ordered)
        self.paths = []  # the existing paths, in any order
        self.where = {}  # path -> its index in self.paths
        self.listed = 0

    def calls(self):
        return len(self.names) - 1

    def _call(self, method, *args):
        self.names.append(method)
        self.args.append(list(args))

    def create(self, path, value=None, rng=None):
        assert 2 <= len(path) <= MAXLEN and path != "/"
        if value is None:
            value = (rng or random).randint(1, MAXVALUE)
        self._call("createPath", path, value)
        cut = path.rfind("/")
        parent = path[:cut]
        if parent in self.kids and path not in self.kids:
            self.kids[parent][path[cut + 1:]] = None
            self.kids[path] = {}
            self.where[path] = len(self.paths)
            self.paths.append(path)
            return True
        return False

    def get(self, path):
        assert 2 <= len(path) <= MAXLEN
        self._call("get", path)

    def list(self, path):
        key = "" if path == "/" else path
        assert key in self.kids, path
        self.listed += len(self.kids[key])
        assert self.listed <= MAXLISTED
        self._call("list", path)

    def remove(self, path):
        assert 2 <= len(path) <= MAXLEN
        self._call("remove", path)
        if path not in self.kids:
            return 0
        cut = path.rfind("/")
        del self.kids[path[:cut]][path[cut + 1:]]
        stack = [path]
        count = 0
        while stack:
            p = stack.pop()
            count += 1
            for child in self.kids.pop(p):
                stack.append(p + "/" + child)
            i = self.where.pop(p)
            last = self.paths.pop()
            if last != p:
                self.paths[i] = last
                self.where[last] = i
        return count

    def text(self):
        assert self.calls() <= MAXCALLS
        dump = lambda v: json.dumps(v, separators=(",", ":"))  # noqa: E731
        return dump(self.names) + "\n" + dump(self.args) + "\n"


def edges():
    """The root's list when empty, missing parents, duplicates, prefixes of names, re-creation,
    the longest path and the extreme values."""
    t = Test()
    t.list("/")
    t.get("/a")
    t.remove("/a")
    t.create("/a/b", 5)  # no parent
    t.create("/a", 1)
    t.create("/a", 2)  # exists
    t.get("/a")
    t.list("/a")
    t.create("/ab", MAXVALUE)
    t.create("/a/b", 3)
    t.create("/a/bc", 4)
    t.create("/ab/c", 6)
    t.create("/a/b/c/d", 7)  # grandparent exists, parent does not
    t.list("/")
    t.list("/a")
    t.list("/ab")
    t.get("/a/b/c")
    t.get("/ab/c")
    t.get("/a/c")
    t.remove("/a/b/c")  # not there
    t.remove("/a")  # /a, /a/b, /a/bc; /ab stays
    t.get("/a")
    t.get("/a/b")
    t.get("/ab")
    t.list("/")
    t.list("/ab")
    t.remove("/a")
    t.create("/a/b", 8)  # parent gone
    t.create("/a", 9)  # re-created, empty
    t.list("/a")
    t.get("/a")
    t.create("/a/b", 10)
    t.get("/a/b")
    # a chain of 50 one-letter names: the longest path, 100 characters
    path = ""
    for i in range(50):
        path += "/" + "zyxwvutsrq"[i % 10]
        t.create(path, i + 1)
    t.get(path)
    t.list(path)
    t.list(path[:-2])
    t.remove(path[:20])  # the chain from depth 10 down: 41 entries
    t.get(path[:18])
    t.remove("/z")  # the 9 left
    t.create("/zzzzzzzzzz", 1)
    t.create("/zzzzzzzzzz/aaaaaaaaaa", 2)
    t.list("/")
    t.list("/zzzzzzzzzz")
    t.remove("/zzzzzzzzzz/aaaaaaaaaa")
    t.remove("/zzzzzzzzzz/aaaaaaaaaa")
    t.list("/zzzzzzzzzz")
    return t


def unsorted_children():
    """Children created in an order far from sorted: "b" before "ab" before "a", "ba" before "b"."""
    t = Test()
    for n in ["m", "b", "zz", "ab", "a", "ba", "aa", "z", "mm", "abc"]:
        t.create("/" + n, len(n))
        t.list("/")
    for n in ["y", "x", "xy", "w", "yx", "wx"]:
        t.create("/m/" + n, 7)
    t.list("/m")
    t.remove("/m/x")
    t.list("/m")
    t.create("/m/x", 1)
    t.list("/m")
    t.list("/")
    return t


def random_mixed(rng, calls, vocabulary, weights, root_list=0.02):
    """createPath/get/list/remove mixed at random over names from a small vocabulary (so that
    duplicates, missing parents and re-creations happen); weights for create, get, list, remove."""
    t = Test()
    words = sorted({name(rng, 1, 4) for _ in range(vocabulary)})
    ops = ["create", "get", "list", "remove"]
    while t.calls() < calls:
        op = rng.choices(ops, weights)[0]
        existing = rng.choice(t.paths) if t.paths and rng.random() < 0.8 else "/"
        if op == "create":
            base = "" if existing == "/" or rng.random() < 0.05 else existing
            if rng.random() < 0.1 and t.paths:
                path = rng.choice(t.paths)  # a duplicate
            else:
                path = base + "/" + rng.choice(words)
                if rng.random() < 0.1:
                    path += "/" + rng.choice(words)  # the parent probably does not exist
            if len(path) <= MAXLEN:
                t.create(path, rng=rng)
        elif op == "get":
            if existing != "/" and rng.random() < 0.7:
                t.get(existing)
            else:
                t.get("/" + "/".join(rng.choice(words) for _ in range(rng.randint(1, 3))))
        elif op == "list":
            if existing != "/" or rng.random() < root_list:
                t.list(existing)
        else:
            if existing != "/" and rng.random() < 0.6:
                t.remove(existing)
            else:
                t.remove("/" + "/".join(rng.choice(words) for _ in range(rng.randint(1, 2))))
    return t


def build_tree(t, rng, count, root_share=0.005, max_depth=4):
    """Creates `count` new paths, each under a random existing one at most max_depth deep (a wide,
    shallow random tree)."""
    parents = [p for p in t.paths if p.count("/") <= max_depth]
    while len(t.paths) < count:
        parent = "" if not parents or rng.random() < root_share else rng.choice(parents)
        path = parent + "/" + name(rng, 1, 6)
        if len(path) <= MAXLEN and t.create(path, rng=rng) and path.count("/") <= max_depth:
            parents.append(path)


def big_tree_queries(rng, calls):
    """A shallow tree of 90,000 paths, then lists of random entries (each with few children), reads and
    failing creates: scanning every stored path per list is far too slow."""
    t = Test()
    build_tree(t, rng, 90_000)
    while t.calls() < calls:
        r = rng.random()
        path = rng.choice(t.paths)
        if r < 0.6:
            t.list(path)
        elif r < 0.8:
            t.get(path if rng.random() < 0.7 else path + "/" + name(rng, 1, 3) if len(path) < 96 else path)
        elif r < 0.9:
            t.create(path, rng=rng)  # exists
        elif len(path) < 90:
            t.create(path + "/q/" + name(rng, 1, 5), rng=rng)  # no parent, almost always
    return t


def churn(rng, calls):
    """60,000 paths stay, while small jobs are created, listed and removed over and over."""
    t = Test()
    build_tree(t, rng, 60_000)
    t.create("/jobs", 1)
    job = 0
    while t.calls() < calls - 8:
        job += 1
        base = f"/jobs/j{name(rng, 3, 8)}"
        if not t.create(base, job % MAXVALUE + 1):
            t.remove(base)
            continue
        for _ in range(rng.randint(1, 3)):
            t.create(base + "/" + name(rng, 1, 4), rng=rng)
        t.list(base)
        t.get(base)
        t.remove(base)
    return t


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    rng = random.Random(515151)
    tests = [
        edges(),
        unsorted_children(),
        random_mixed(rng, 80, 4, [4, 2, 2, 1]),
        random_mixed(rng, 2000, 12, [4, 2, 2, 1]),
        random_mixed(rng, 20_000, 40, [5, 3, 2, 1]),
        big_tree_queries(rng, MAXCALLS),
        churn(rng, MAXCALLS),
        random_mixed(rng, MAXCALLS, 300, [6, 2, 3, 1], root_list=0.001),
    ]
    for i, test in enumerate(tests, 1):
        with open(os.path.join(out, f"{i:02d}.in"), "w") as f:
            f.write(test.text())


if __name__ == "__main__":
    main()
