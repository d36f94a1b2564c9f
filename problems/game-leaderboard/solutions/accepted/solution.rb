class Leaderboard
    MAXS = 100_000  # the largest possible score
    SIZE = 1 << 17  # a power of two above MAXS

    # A Fenwick tree over score values, highest first: position MAXS + 1 - s counts the players
    # with score s (@cnt) and sums their scores (@tot).
    def initialize()
        @cnt = Array.new(SIZE + 1, 0)
        @tot = Array.new(SIZE + 1, 0)
        @score = {}
    end

    # @param {Integer} player_id
    # @param {Integer} score
    # @return {Void}
    def add_score(player_id, score)
        base = @score[player_id] || 0
        update(base, -1) if base > 0
        @score[player_id] = base + score
        update(base + score, 1)
        nil
    end

    # @param {Integer} k
    # @return {Integer}
    def top(k)
        cnt = @cnt
        tot = @tot
        pos = taken = total = 0
        step = SIZE
        while step > 0
            nxt = pos + step
            if nxt <= SIZE && taken + cnt[nxt] < k
                pos = nxt
                taken += cnt[nxt]
                total += tot[nxt]
            end
            step >>= 1
        end
        # position pos + 1 holds score MAXS - pos, shared by the remaining k - taken players
        total + (k - taken) * (MAXS - pos)
    end

    # @param {Integer} player_id
    # @return {Void}
    def reset(player_id)
        update(@score.delete(player_id), -1)
        nil
    end

    private

    def update(s, c)
        cnt = @cnt
        tot = @tot
        v = c * s
        i = MAXS + 1 - s
        while i <= SIZE
            cnt[i] += c
            tot[i] += v
            i += i & -i
        end
    end
end
