from collections import Counter


class Solution:
    def equalPairs(self, grid: List[List[int]]) -> int:
        rows = Counter(map(tuple, grid))
        return sum(rows[column] for column in zip(*grid))
