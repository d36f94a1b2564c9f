class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        families = {}
        for word in words:
            key = "".join(sorted(word))
            group = families.get(key)
            if group is None:
                families[key] = [word]
            else:
                group.append(word)
        return list(families.values())
