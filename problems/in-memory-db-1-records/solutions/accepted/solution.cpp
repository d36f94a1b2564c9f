class InMemoryDB {
    unordered_map<string, unordered_map<string, string>> records;  // key -> field -> value

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
};
