class Leaderboard {
    static const int MAXS = 100000;  // the largest possible score
    static const int SIZE = 1 << 17;  // a power of two above MAXS

    // A Fenwick tree over score values, highest first: position MAXS + 1 - s counts the players
    // with score s (cnt) and sums their scores (tot).
    vector<int> cnt;
    vector<long long> tot;
    unordered_map<int, int> score;

    void update(int s, int c) {
        long long v = (long long)c * s;
        for (int i = MAXS + 1 - s; i <= SIZE; i += i & -i) {
            cnt[i] += c;
            tot[i] += v;
        }
    }

public:
    Leaderboard() : cnt(SIZE + 1), tot(SIZE + 1) {
    }

    void addScore(int playerId, int score) {
        auto it = this->score.find(playerId);
        int base = it == this->score.end() ? 0 : it->second;
        if (base > 0) update(base, -1);
        this->score[playerId] = base + score;
        update(base + score, 1);
    }

    int top(int k) {
        int pos = 0, taken = 0;
        long long total = 0;
        for (int step = SIZE; step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= SIZE && taken + cnt[next] < k) {
                pos = next;
                taken += cnt[next];
                total += tot[next];
            }
        }
        // position pos + 1 holds score MAXS - pos, shared by the remaining k - taken players
        return (int)(total + (long long)(k - taken) * (MAXS - pos));
    }

    void reset(int playerId) {
        auto it = score.find(playerId);
        update(it->second, -1);
        score.erase(it);
    }
};
