# Wrong: builds the letter graph from adjacent words correctly, but never
# notices a longer word placed before its own prefix.
import sys
from heapq import heapify, heappush, heappop
from os.path import commonprefix


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    words = data[2:2 + n]
    adj = [set() for _ in range(k)]
    for i in range(n - 1):
        x, y = words[i], words[i + 1]
        p = len(commonprefix((x, y)))
        if p < len(x) and p < len(y):
            adj[x[p] - 97].add(y[p] - 97)
    indeg = [0] * k
    for u in range(k):
        for v in adj[u]:
            indeg[v] += 1
    heap = [u for u in range(k) if indeg[u] == 0]
    heapify(heap)
    order = []
    while heap:
        u = heappop(heap)
        order.append(chr(97 + u))
        for v in adj[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                heappush(heap, v)
    print("".join(order) if len(order) == k else "IMPOSSIBLE")


main()
