# Bug: the duplicate check uses `i > 0` instead of `i > start`, so a repeated number
# can never be taken twice: handfuls such as [2, 2] are missing.
class Solution:
    def distinctHandfuls(self, marbles: List[int]) -> List[List[int]]:
        values = sorted(marbles)
        result = []
        current = []

        def walk(start):
            result.append(current[:])
            for i in range(start, len(values)):
                if i > 0 and values[i] == values[i - 1]:
                    continue
                current.append(values[i])
                walk(i + 1)
                current.pop()

        walk(0)
        return result
