# Too slow: derives letter constraints from every pair of words, not only
# neighbours in the list. O(n^2 * length).
import sys
from heapq import heapify, heappush, heappop


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    words = [w.decode() for w in data[2:2 + n]]
    adj = [set() for _ in range(k)]
    for i in range(n):
        x = words[i]
        for j in range(i + 1, n):
            y = words[j]
            p = 0
            while p < len(x) and p < len(y) and x[p] == y[p]:
                p += 1
            if p == len(y):
                if len(x) > len(y):
                    print("IMPOSSIBLE")
                    return
                continue
            if p == len(x):
                continue
            adj[ord(x[p]) - 97].add(ord(y[p]) - 97)
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
