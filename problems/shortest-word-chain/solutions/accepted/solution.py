from collections import defaultdict, deque


class Solution:
    def shortestWordChain(self, start: str, target: str, dictionary: List[str]) -> int:
        # Words one change apart share a pattern with one letter replaced by '*'.
        # BFS over words, scanning each pattern's bucket only once.
        length = len(start)
        buckets = defaultdict(list)
        for word in dictionary:
            for i in range(length):
                buckets[word[:i] + "*" + word[i + 1:]].append(word)
        dist = {start: 0}
        queue = deque([start])
        while queue:
            word = queue.popleft()
            d = dist[word] + 1
            for i in range(length):
                for other in buckets.pop(word[:i] + "*" + word[i + 1:], ()):
                    if other not in dist:
                        if other == target:
                            return d
                        dist[other] = d
                        queue.append(other)
        return -1
