import heapq


class Autocomplete:
    """Counts in a hash map; every suggest scans all recorded sentences for the prefix."""

    def __init__(self):
        self.count = {}

    def record(self, sentence: str) -> None:
        self.count[sentence] = self.count.get(sentence, 0) + 1

    def suggest(self, prefix: str) -> List[str]:
        matches = [(-c, s) for s, c in self.count.items() if s.startswith(prefix)]
        return [s for _, s in heapq.nsmallest(3, matches)]
