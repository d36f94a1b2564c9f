class LFUCache {
    struct Entry {
        int value, count;
        list<int>::iterator pos;  // the key's place in the list of its count
    };
    int capacity;
    int minCount = 0;
    unordered_map<int, Entry> entries;
    unordered_map<int, list<int>> lists;  // use count -> keys, least recently used first

    void touch(int key, Entry& e) {
        list<int>& from = lists[e.count];
        list<int>& to = lists[e.count + 1];
        to.splice(to.end(), from, e.pos);
        if (from.empty()) {
            lists.erase(e.count);
            if (minCount == e.count) minCount++;
        }
        e.count++;
    }

public:
    LFUCache(int capacity) : capacity(capacity) {
        entries.reserve(2 * capacity);
    }

    int get(int key) {
        auto it = entries.find(key);
        if (it == entries.end()) return -1;
        touch(key, it->second);
        return it->second.value;
    }

    void put(int key, int value) {
        auto it = entries.find(key);
        if (it != entries.end()) {
            it->second.value = value;
            touch(key, it->second);
            return;
        }
        if ((int)entries.size() == capacity) {
            list<int>& l = lists[minCount];
            int victim = l.front();
            l.pop_front();
            if (l.empty()) lists.erase(minCount);
            entries.erase(victim);
        }
        list<int>& ones = lists[1];
        ones.push_back(key);
        entries[key] = Entry{value, 1, prev(ones.end())};
        minCount = 1;
    }
};
