# The first idea: keep the scores in a dict and sort them all on every top(k) call. Correct, but
# O(n log n) per query with tens of thousands of players on the board.
class Leaderboard:

    def __init__(self):
        self.score = {}

    def addScore(self, playerId: int, score: int) -> None:
        self.score[playerId] = self.score.get(playerId, 0) + score

    def top(self, k: int) -> int:
        return sum(sorted(self.score.values(), reverse=True)[:k])

    def reset(self, playerId: int) -> None:
        del self.score[playerId]
