# Bug: keys the families by the SET of letters, so "aab" and "abb" end up together
# although they use the letters in different amounts.
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        families = {}
        for word in words:
            key = "".join(sorted(set(word)))
            families.setdefault(key, []).append(word)
        return list(families.values())
