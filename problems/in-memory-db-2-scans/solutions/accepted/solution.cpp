class InMemoryDB {
    unordered_map<string, map<string, string>> records;  // key -> field -> value, fields in order

public:
    InMemoryDB() {
    }

    void set(string key, string field, string value) {
        records[key][field] = value;
    }

    string get(string key, string field) {
        auto record = records.find(key);
        if (record == records.end()) {
            return "";
        }
        auto it = record->second.find(field);
        return it == record->second.end() ? "" : it->second;
    }

    bool deleteField(string key, string field) {
        auto record = records.find(key);
        if (record == records.end() || record->second.erase(field) == 0) {
            return false;
        }
        if (record->second.empty()) {
            records.erase(record);
        }
        return true;
    }

    vector<string> scan(string key) {
        return scanByPrefix(key, "");
    }

    vector<string> scanByPrefix(string key, string prefix) {
        vector<string> result;
        auto record = records.find(key);
        if (record == records.end()) {
            return result;
        }
        const map<string, string>& fields = record->second;
        for (auto it = fields.lower_bound(prefix);
             it != fields.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it) {
            result.push_back(it->first + "(" + it->second + ")");
        }
        return result;
    }
};
