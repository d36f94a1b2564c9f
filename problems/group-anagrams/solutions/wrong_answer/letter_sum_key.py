# Bug: keys the families by length and the sum of the letter codes, a hash that
# collides ("ad" and "bc" have the same sum), so unrelated words get merged.
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        families = {}
        for word in words:
            key = (len(word), sum(map(ord, word)))
            families.setdefault(key, []).append(word)
        return list(families.values())
