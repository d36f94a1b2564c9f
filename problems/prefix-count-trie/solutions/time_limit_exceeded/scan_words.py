# Naive: a counter of the stored words; countPrefix looks at every distinct stored word:
# O(number of distinct words) per countPrefix.
class PrefixTrie:

    def __init__(self):
        self.counts = {}

    def insert(self, word: str) -> None:
        self.counts[word] = self.counts.get(word, 0) + 1

    def countWord(self, word: str) -> int:
        return self.counts.get(word, 0)

    def countPrefix(self, prefix: str) -> int:
        return sum(c for w, c in self.counts.items() if w.startswith(prefix))

    def erase(self, word: str) -> None:
        if self.counts[word] == 1:
            del self.counts[word]
        else:
            self.counts[word] -= 1
