class Leaderboard {
    private static final int MAXS = 100_000;  // the largest possible score
    private static final int SIZE = 1 << 17;  // a power of two above MAXS

    // A Fenwick tree over score values, highest first: position MAXS + 1 - s counts the players
    // with score s (cnt) and sums their scores (tot).
    private final int[] cnt = new int[SIZE + 1];
    private final long[] tot = new long[SIZE + 1];
    private final HashMap<Integer, Integer> score = new HashMap<>();

    public Leaderboard() {
    }

    private void update(int s, int c) {
        long v = (long) c * s;
        for (int i = MAXS + 1 - s; i <= SIZE; i += i & -i) {
            cnt[i] += c;
            tot[i] += v;
        }
    }

    public void addScore(int playerId, int score) {
        Integer old = this.score.get(playerId);
        int base = old == null ? 0 : old;
        if (base > 0) update(base, -1);
        this.score.put(playerId, base + score);
        update(base + score, 1);
    }

    public int top(int k) {
        int pos = 0, taken = 0;
        long total = 0;
        for (int step = SIZE; step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= SIZE && taken + cnt[next] < k) {
                pos = next;
                taken += cnt[next];
                total += tot[next];
            }
        }
        // position pos + 1 holds score MAXS - pos, shared by the remaining k - taken players
        return (int) (total + (long) (k - taken) * (MAXS - pos));
    }

    public void reset(int playerId) {
        update(score.remove(playerId), -1);
    }
}
