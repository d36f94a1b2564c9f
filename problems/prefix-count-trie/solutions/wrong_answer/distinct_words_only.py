# A common misreading: countPrefix counts distinct words, so the path counts change only when a
# word is stored for the first time or its last copy is erased.
class PrefixTrie:

    def __init__(self):
        self.root = [{}, 0, 0]

    def _find(self, s):
        node = self.root
        for ch in s:
            node = node[0].get(ch)
            if node is None:
                return None
        return node

    def insert(self, word: str) -> None:
        first = self.countWord(word) == 0
        node = self.root
        for ch in word:
            node = node[0].setdefault(ch, [{}, 0, 0])
            if first:
                node[1] += 1
        node[2] += 1

    def countWord(self, word: str) -> int:
        node = self._find(word)
        return 0 if node is None else node[2]

    def countPrefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return 0 if node is None else node[1]

    def erase(self, word: str) -> None:
        last = self.countWord(word) == 1
        node = self.root
        for ch in word:
            node = node[0][ch]
            if last:
                node[1] -= 1
        node[2] -= 1
