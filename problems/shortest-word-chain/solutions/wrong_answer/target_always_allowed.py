# Bug: treats the target as always reachable in one change from a word one letter away,
# even when the target is not in the dictionary.
from collections import deque


class Solution:
    def shortestWordChain(self, start: str, target: str, dictionary: List[str]) -> int:
        words = set(dictionary)
        words.add(target)
        dist = {start: 0}
        queue = deque([start])
        letters = "abcdefghijklmnopqrstuvwxyz"
        while queue:
            word = queue.popleft()
            d = dist[word] + 1
            for i in range(len(word)):
                for ch in letters:
                    other = word[:i] + ch + word[i + 1:]
                    if other in words and other not in dist:
                        if other == target:
                            return d
                        dist[other] = d
                        queue.append(other)
        return -1
