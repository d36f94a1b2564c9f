class TimeMap {
    struct History {
        vector<int> times;
        vector<string> values;
    };
    unordered_map<string, History> histories;

public:
    TimeMap() {
    }

    void set(string& key, string& value, int timestamp) {
        History& h = histories[key];
        h.times.push_back(timestamp);
        h.values.push_back(value);
    }

    string get(string& key, int timestamp) {
        auto it = histories.find(key);
        if (it == histories.end()) return "";
        const History& h = it->second;
        size_t i = upper_bound(h.times.begin(), h.times.end(), timestamp) - h.times.begin();
        return i == 0 ? "" : h.values[i - 1];
    }
};
