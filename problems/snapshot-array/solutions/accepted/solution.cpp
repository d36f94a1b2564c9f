class SnapshotArray {
    // Per position its history: (snap id, value) pairs in increasing snap id order.
    vector<vector<pair<int, int>>> history;
    int snaps = 0;

public:
    SnapshotArray(int length) : history(length) {
    }

    void set(int index, int val) {
        auto& h = history[index];
        if (!h.empty() && h.back().first == snaps) h.back().second = val;
        else h.push_back({snaps, val});
    }

    int snap() {
        return snaps++;
    }

    int get(int index, int snapId) {
        const auto& h = history[index];
        auto it = upper_bound(h.begin(), h.end(), make_pair(snapId, INT_MAX));
        return it == h.begin() ? 0 : prev(it)->second;
    }
};
