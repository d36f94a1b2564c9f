# Counts equal scores only once (k-th largest distinct value).
import sys
from heapq import heappush, heappushpop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    heap = []
    inside = set()
    out = []
    for i in range(n):
        x = int(data[2 + i])
        if x not in inside:
            if len(heap) < k:
                heappush(heap, x)
                inside.add(x)
            elif x > heap[0]:
                inside.discard(heappushpop(heap, x))
                inside.add(x)
        out.append(heap[0] if len(heap) == k else -1)
    print(" ".join(map(str, out)))


main()
