from collections import Counter


class Solution:
    def distinctHandfuls(self, marbles: List[int]) -> List[List[int]]:
        # Build the handfuls value by value: for each distinct number, take it 0..c times.
        handfuls = [[]]
        for value, count in sorted(Counter(marbles).items()):
            extended = []
            for base in handfuls:
                extended.append(base)
                for k in range(1, count + 1):
                    extended.append(base + [value] * k)
            handfuls = extended
        return handfuls
