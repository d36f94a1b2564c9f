class Autocomplete:
    """A trie caching each node's top 3, but a sentence already in a cache is not moved up when
    its count grows: the cache is only re-sorted when a new sentence enters it."""

    def __init__(self):
        self.count = {}
        self.root = [{}, []]

    def record(self, sentence: str) -> None:
        count = self.count
        count[sentence] = count.get(sentence, 0) + 1
        node = self.root
        for ch in sentence:
            node = node[0].setdefault(ch, [{}, []])
            top = node[1]
            if sentence not in top:
                top.append(sentence)
                top.sort(key=lambda s: (-count[s], s))
                del top[3:]

    def suggest(self, prefix: str) -> List[str]:
        node = self.root
        for ch in prefix:
            node = node[0].get(ch)
            if node is None:
                return []
        return list(node[1])
