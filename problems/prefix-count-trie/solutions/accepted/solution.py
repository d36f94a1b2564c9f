class PrefixTrie:

    def __init__(self):
        # A node is a list [children (letter -> node), words passing through, words ending here].
        self.root = [{}, 0, 0]

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            children = node[0]
            nxt = children.get(ch)
            if nxt is None:
                nxt = children[ch] = [{}, 0, 0]
            node = nxt
            node[1] += 1
        node[2] += 1

    def _find(self, s):
        node = self.root
        for ch in s:
            node = node[0].get(ch)
            if node is None:
                return None
        return node

    def countWord(self, word: str) -> int:
        node = self._find(word)
        return 0 if node is None else node[2]

    def countPrefix(self, prefix: str) -> int:
        node = self._find(prefix)
        return 0 if node is None else node[1]

    def erase(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node[0][ch]
            node[1] -= 1
        node[2] -= 1
