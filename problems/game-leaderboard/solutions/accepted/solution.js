const MAXS = 100000; // the largest possible score
const SIZE = 1 << 17; // a power of two above MAXS

// A Fenwick tree over score values, highest first: position MAXS + 1 - s counts the players
// with score s (cnt) and sums their scores (tot).
class Leaderboard {
    constructor() {
        this.cnt = new Int32Array(SIZE + 1);
        this.tot = new Float64Array(SIZE + 1);
        this.score = new Map();
    }

    update(s, c) {
        const cnt = this.cnt, tot = this.tot, v = c * s;
        for (let i = MAXS + 1 - s; i <= SIZE; i += i & -i) {
            cnt[i] += c;
            tot[i] += v;
        }
    }

    /**
     * @param {number} playerId
     * @param {number} score
     * @return {void}
     */
    addScore(playerId, score) {
        const base = this.score.get(playerId) || 0;
        if (base > 0) this.update(base, -1);
        this.score.set(playerId, base + score);
        this.update(base + score, 1);
    }

    /**
     * @param {number} k
     * @return {number}
     */
    top(k) {
        const cnt = this.cnt, tot = this.tot;
        let pos = 0, taken = 0, total = 0;
        for (let step = SIZE; step > 0; step >>= 1) {
            const next = pos + step;
            if (next <= SIZE && taken + cnt[next] < k) {
                pos = next;
                taken += cnt[next];
                total += tot[next];
            }
        }
        // position pos + 1 holds score MAXS - pos, shared by the remaining k - taken players
        return total + (k - taken) * (MAXS - pos);
    }

    /**
     * @param {number} playerId
     * @return {void}
     */
    reset(playerId) {
        this.update(this.score.get(playerId), -1);
        this.score.delete(playerId);
    }
}
