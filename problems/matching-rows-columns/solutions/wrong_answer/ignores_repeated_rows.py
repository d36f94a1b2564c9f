# Bug: stores the rows in a set, so a column equal to several identical rows is
# counted once instead of once per row.
class Solution:
    def equalPairs(self, grid: List[List[int]]) -> int:
        rows = set(map(tuple, grid))
        return sum(1 for column in zip(*grid) if column in rows)
