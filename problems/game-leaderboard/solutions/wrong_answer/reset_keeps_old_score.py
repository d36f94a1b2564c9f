# A careless reset: it takes the player's score out of the tree but forgets to drop the stored
# score, so a player who scores again after a reset continues from the old score (and the old
# score is taken out of the tree a second time).
MAXS = 100_000
SIZE = 1 << 17


class Leaderboard:

    def __init__(self):
        self.score = {}
        self.cnt = [0] * (SIZE + 1)
        self.tot = [0] * (SIZE + 1)

    def _update(self, s, c):
        cnt, tot = self.cnt, self.tot
        v = c * s
        i = MAXS + 1 - s
        while i <= SIZE:
            cnt[i] += c
            tot[i] += v
            i += i & -i

    def addScore(self, playerId: int, score: int) -> None:
        old = self.score.get(playerId, 0)
        if old:
            self._update(old, -1)
        new = min(MAXS, old + score)
        self.score[playerId] = new
        self._update(new, 1)

    def top(self, k: int) -> int:
        cnt, tot = self.cnt, self.tot
        pos = taken = total = 0
        step = SIZE
        while step:
            nxt = pos + step
            if nxt <= SIZE and taken + cnt[nxt] < k:
                pos = nxt
                taken += cnt[nxt]
                total += tot[nxt]
            step >>= 1
        return total + (k - taken) * (MAXS - pos)

    def reset(self, playerId: int) -> None:
        self._update(self.score[playerId], -1)
