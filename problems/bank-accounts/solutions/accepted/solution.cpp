class Bank {
    struct Entry {
        long long total;
        string id;
    };
    // the heap's top is the largest total, then the smallest id
    struct Lower {
        bool operator()(const Entry& a, const Entry& b) const {
            return a.total != b.total ? a.total < b.total : a.id > b.id;
        }
    };
    unordered_map<string, long long> balance;
    unordered_map<string, long long> sent;  // only accounts that have sent
    priority_queue<Entry, vector<Entry>, Lower> heap;  // stale once total != sent[id]

public:
    Bank() {
    }

    bool createAccount(string accountId) {
        return balance.emplace(accountId, 0).second;
    }

    long long deposit(string accountId, long long amount) {
        auto it = balance.find(accountId);
        if (it == balance.end()) return -1;
        return it->second += amount;
    }

    long long transfer(string fromId, string toId, long long amount) {
        if (fromId == toId) return -1;
        auto from = balance.find(fromId), to = balance.find(toId);
        if (from == balance.end() || to == balance.end() || from->second < amount) return -1;
        from->second -= amount;
        to->second += amount;
        long long total = (sent[fromId] += amount);
        heap.push({total, fromId});
        return from->second;
    }

    vector<string> topSpenders(int n) {
        vector<Entry> taken;
        while (!heap.empty() && (int)taken.size() < n) {
            Entry e = heap.top();
            heap.pop();
            if (sent[e.id] == e.total) taken.push_back(e);
        }
        vector<string> result;
        for (auto& e : taken) {
            result.push_back(e.id + "(" + to_string(e.total) + ")");
            heap.push(e);
        }
        return result;
    }
};
