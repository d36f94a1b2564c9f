import sys
from heapq import heappush, heappushpop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    heap = []  # the k largest so far, smallest on top
    out = []
    for i in range(n):
        x = int(data[2 + i])
        if len(heap) < k:
            heappush(heap, x)
        elif x > heap[0]:
            heappushpop(heap, x)
        out.append(heap[0] if len(heap) == k else -1)
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
