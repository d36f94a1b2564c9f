class InMemoryDB {
    static constexpr long long NEVER = LLONG_MAX;
    struct Entry {
        string value;
        long long expiry;  // the first moment the field is gone; NEVER without a TTL
    };
    using Table = unordered_map<string, unordered_map<string, Entry>>;
    Table records;
    // backups: the alive fields with, in place of the expiry, the lifetime left (NEVER stays NEVER)
    vector<int> backupTimes;
    vector<Table> backups;

    vector<string> scan(const string& key, const string& prefix, int timestamp) {
        vector<string> result;
        auto it = records.find(key);
        if (it == records.end()) return result;
        auto& record = it->second;
        vector<pair<const string*, const string*>> alive;
        for (auto f = record.begin(); f != record.end();) {
            if (f->second.expiry <= timestamp) {
                f = record.erase(f);  // expired for good
            } else {
                if (f->first.compare(0, prefix.size(), prefix) == 0) alive.push_back({&f->first, &f->second.value});
                ++f;
            }
        }
        sort(alive.begin(), alive.end(), [](const auto& a, const auto& b) { return *a.first < *b.first; });
        result.reserve(alive.size());
        for (auto& [field, value] : alive) result.push_back(*field + "(" + *value + ")");
        return result;
    }

public:
    InMemoryDB() {
    }

    void setAt(string& key, string& field, string& value, int timestamp) {
        records[key][field] = Entry{value, NEVER};
    }

    void setAtWithTtl(string& key, string& field, string& value, int timestamp, int ttl) {
        records[key][field] = Entry{value, (long long)timestamp + ttl};
    }

    bool deleteAt(string& key, string& field, int timestamp) {
        auto it = records.find(key);
        if (it == records.end()) return false;
        auto f = it->second.find(field);
        if (f == it->second.end()) return false;
        bool alive = f->second.expiry > timestamp;
        it->second.erase(f);
        return alive;
    }

    string getAt(string& key, string& field, int timestamp) {
        auto it = records.find(key);
        if (it == records.end()) return "";
        auto f = it->second.find(field);
        if (f == it->second.end() || f->second.expiry <= timestamp) return "";
        return f->second.value;
    }

    vector<string> scanAt(string& key, int timestamp) {
        return scan(key, "", timestamp);
    }

    vector<string> scanByPrefixAt(string& key, string& prefix, int timestamp) {
        return scan(key, prefix, timestamp);
    }

    int backup(int timestamp) {
        Table saved;
        for (auto& [key, record] : records) {
            unordered_map<string, Entry> alive;
            for (auto& [field, e] : record) {
                if (e.expiry == NEVER) alive.emplace(field, e);
                else if (e.expiry > timestamp) alive.emplace(field, Entry{e.value, e.expiry - timestamp});
            }
            if (!alive.empty()) saved.emplace(key, move(alive));
        }
        backupTimes.push_back(timestamp);
        backups.push_back(move(saved));
        return (int)backups.back().size();
    }

    void restore(int timestamp, int timestampToRestore) {
        size_t i = upper_bound(backupTimes.begin(), backupTimes.end(), timestampToRestore) - backupTimes.begin();
        records = backups[i - 1];
        for (auto& [key, record] : records)
            for (auto& [field, e] : record)
                if (e.expiry != NEVER) e.expiry += timestamp;
    }
};
