# Naive: build the graph by comparing every pair of words letter by letter,
# O(n^2 * length) — over 10^8 letter comparisons for 5000 words of length 10.
from collections import deque


class Solution:
    def shortestWordChain(self, start: str, target: str, dictionary: List[str]) -> int:
        words = list(dictionary)
        if start not in words:
            words.append(start)
        n = len(words)
        adjacent = [[] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                diff = 0
                for a, b in zip(words[i], words[j]):
                    if a != b:
                        diff += 1
                        if diff > 1:
                            break
                if diff == 1:
                    adjacent[i].append(j)
                    adjacent[j].append(i)
        source = words.index(start)
        dist = [-1] * n
        dist[source] = 0
        queue = deque([source])
        while queue:
            u = queue.popleft()
            if words[u] == target:
                return dist[u]
            for v in adjacent[u]:
                if dist[v] < 0:
                    dist[v] = dist[u] + 1
                    queue.append(v)
        return -1
