# Wrong: decreases the count only when the pair was never joined directly
# before, forgetting that the two computers may already share a network.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    seen = set()
    comps = n
    out = []
    for i in range(q):
        a = int(data[2 + 2 * i])
        b = int(data[3 + 2 * i])
        key = (min(a, b), max(a, b))
        if key not in seen:
            seen.add(key)
            comps -= 1
        out.append(max(comps, 1))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
