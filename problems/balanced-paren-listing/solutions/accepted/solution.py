import sys


def main():
    n, k = map(int, sys.stdin.read().split())
    out = []
    cur = []

    def go(opened, closed):
        if len(out) >= k:
            return
        if closed == n:
            out.append("".join(cur))
            return
        if opened < n:          # '(' sorts first, so try it first
            cur.append("(")
            go(opened + 1, closed)
            cur.pop()
        if closed < opened:
            cur.append(")")
            go(opened, closed + 1)
            cur.pop()

    go(0, 0)
    sys.stdout.write("\n".join(out) + "\n")


main()
