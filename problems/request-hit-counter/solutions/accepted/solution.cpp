class HitCounter {
    deque<pair<int, int>> seconds;  // (second, hits in it), oldest first
    int total = 0;

    void expire(int timestamp) {
        while (!seconds.empty() && seconds.front().first <= timestamp - 300) {
            total -= seconds.front().second;
            seconds.pop_front();
        }
    }

public:
    HitCounter() {
    }

    void hit(int timestamp) {
        expire(timestamp);
        if (!seconds.empty() && seconds.back().first == timestamp) {
            seconds.back().second++;
        } else {
            seconds.emplace_back(timestamp, 1);
        }
        total++;
    }

    int getHits(int timestamp) {
        expire(timestamp);
        return total;
    }
};
