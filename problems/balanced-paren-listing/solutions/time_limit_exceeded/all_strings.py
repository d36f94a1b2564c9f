# Too slow: builds every string of length 2n, keeps the balanced ones, sorts.
import sys
from itertools import product


def balanced(s):
    d = 0
    for ch in s:
        d += 1 if ch == "(" else -1
        if d < 0:
            return False
    return d == 0


def main():
    n, k = map(int, sys.stdin.read().split())
    good = ["".join(p) for p in product("()", repeat=2 * n) if balanced(p)]
    good.sort()
    print("\n".join(good[:k]))


main()
