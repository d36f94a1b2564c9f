import sys


def main():
    tok = sys.stdin.buffer.read().split()
    n = int(tok[0])
    vals = tok[1:]
    # vals[0] is the root; nodes appear in BFS order, each followed (later) by two child slots
    depth = [0]          # depth of each real node in order of appearance
    shown = [vals[0]]    # last value seen on each level so far
    slot = 1
    i = 0
    while i < len(depth):
        d = depth[i] + 1
        for _ in range(2):
            t = vals[slot]
            slot += 1
            if t != b"null":
                depth.append(d)
                if d == len(shown):
                    shown.append(t)
                else:
                    shown[d] = t
        i += 1
    sys.stdout.write(b" ".join(shown).decode() + "\n")


main()
