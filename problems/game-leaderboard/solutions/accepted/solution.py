MAXS = 100_000  # the largest possible score
SIZE = 1 << 17  # a power of two above MAXS: the Fenwick tree's range


class Leaderboard:
    # A Fenwick tree over score values, highest score first: position MAXS + 1 - s holds how many
    # players have score s (cnt) and the sum of their scores (tot).

    def __init__(self):
        self.score = {}  # player on the board -> score
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
        self.score[playerId] = old + score
        self._update(old + score, 1)

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
        # position pos + 1 holds score MAXS - pos, shared by the remaining k - taken players
        return total + (k - taken) * (MAXS - pos)

    def reset(self, playerId: int) -> None:
        self._update(self.score.pop(playerId), -1)
