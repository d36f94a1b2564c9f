# Picks the best remaining word by scanning all distinct words k times: O(k*d).
import sys


def main():
    data = sys.stdin.read().split()
    n, k = int(data[0]), int(data[1])
    count = {}
    for w in data[2:2 + n]:
        count[w] = count.get(w, 0) + 1
    words = list(count)
    used = set()
    out = []
    for _ in range(k):
        best = None
        for w in words:
            if w in used:
                continue
            if best is None or count[w] > count[best] or (count[w] == count[best] and w < best):
                best = w
        used.add(best)
        out.append(f"{best} {count[best]}")
    print("\n".join(out))


main()
