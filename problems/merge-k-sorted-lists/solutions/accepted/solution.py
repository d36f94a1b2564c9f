import sys
from heapq import heapify, heappop, heappush, heapreplace


def main():
    data = sys.stdin.buffer.read().split()
    k = int(data[0])
    pos = 1
    lists = []
    for _ in range(k):
        length = int(data[pos])
        if length:
            lists.append(list(map(int, data[pos + 1:pos + 1 + length])))
        pos += 1 + length
    # heap of (current front value, list id, index inside the list)
    heap = [(lst[0], i, 0) for i, lst in enumerate(lists)]
    heapify(heap)
    out = []
    while heap:
        v, i, j = heap[0]
        out.append(v)
        j += 1
        if j < len(lists[i]):
            heapreplace(heap, (lists[i][j], i, j))
        else:
            heappop(heap)
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
