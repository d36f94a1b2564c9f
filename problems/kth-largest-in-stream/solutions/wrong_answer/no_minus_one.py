# Reports the smallest score seen so far while the leaderboard is not full yet.
import sys
from heapq import heappush, heappushpop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    heap = []
    out = []
    for i in range(n):
        x = int(data[2 + i])
        if len(heap) < k:
            heappush(heap, x)
        elif x > heap[0]:
            heappushpop(heap, x)
        out.append(heap[0])
    print(" ".join(map(str, out)))


main()
