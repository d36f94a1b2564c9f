# Correct but O(n * families): each word is compared with the representative of
# every family found so far. With 10^5 words in as many families that is ~5*10^9
# comparisons.
class Solution:
    def groupAnagrams(self, words: List[str]) -> List[List[str]]:
        keys = []
        groups = []
        for word in words:
            key = sorted(word)
            for i in range(len(keys)):
                if keys[i] == key:
                    groups[i].append(word)
                    break
            else:
                keys.append(key)
                groups.append([word])
        return groups
