class Autocomplete:
    """A trie whose every node caches the (at most) 3 best sentences below it. Counts only grow,
    so a use can only move its own sentence up: each record updates the caches along its path,
    moving the sentence forward past the ones it now beats."""

    def __init__(self):
        self.count = {}
        self.root = [{}, []]  # [children by character, top sentences, best first]
        self.tops = {}  # prefix -> the top list of its node, so that suggest is one lookup

    def record(self, sentence: str) -> None:
        count = self.count
        c = count.get(sentence, 0) + 1
        count[sentence] = c
        node = self.root
        for k, ch in enumerate(sentence):
            kids = node[0]
            node = kids.get(ch)
            if node is None:
                node = kids[ch] = [{}, []]
                self.tops[sentence[: k + 1]] = node[1]
            top = node[1]
            if sentence in top:
                i = top.index(sentence)
            elif len(top) < 3:
                top.append(sentence)
                i = len(top) - 1
            else:
                last = top[2]
                cl = count[last]
                if c > cl or (c == cl and sentence < last):
                    top[2] = sentence
                    i = 2
                else:
                    continue
            while i > 0:
                prev = top[i - 1]
                cp = count[prev]
                if c > cp or (c == cp and sentence < prev):
                    top[i - 1] = sentence
                    top[i] = prev
                    i -= 1
                else:
                    break

    def suggest(self, prefix: str) -> List[str]:
        top = self.tops.get(prefix)
        return [] if top is None else list(top)
