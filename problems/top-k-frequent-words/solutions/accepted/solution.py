import sys
from heapq import nsmallest


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    count = {}
    for w in data[2:2 + n]:
        count[w] = count.get(w, 0) + 1
    best = nsmallest(k, count.items(), key=lambda item: (-item[1], item[0]))
    sys.stdout.write("".join(f"{w.decode()} {c}\n" for w, c in best))


main()
