# Wrong: only checks that fewer than n ')' were used, so it can close more
# brackets than are open and emits unbalanced strings.
import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    out = []
    cur = []

    def go(opened, closed):
        if len(out) >= k:
            return
        if len(cur) == 2 * n:
            if opened == closed:
                out.append("".join(cur))
            return
        if opened < n:
            cur.append("(")
            go(opened + 1, closed)
            cur.pop()
        if closed < n:
            cur.append(")")
            go(opened, closed + 1)
            cur.pop()

    go(0, 0)
    print("\n".join(out))


main()
