class RandomizedSet {
    vector<int> items;               // the elements, in no particular order
    unordered_map<int, int> where;   // value -> its index in items
    mt19937 rng{random_device{}()};

public:
    RandomizedSet() {
        where.reserve(1 << 18);
    }

    bool insert(int val) {
        if (where.count(val)) {
            return false;
        }
        where[val] = items.size();
        items.push_back(val);
        return true;
    }

    bool remove(int val) {
        auto it = where.find(val);
        if (it == where.end()) {
            return false;
        }
        int index = it->second;
        where.erase(it);
        int last = items.back();
        items.pop_back();
        if (index < (int)items.size()) { // val was not the last element: move the last one into its slot
            items[index] = last;
            where[last] = index;
        }
        return true;
    }

    int getRandom() {
        return items[uniform_int_distribution<int>(0, items.size() - 1)(rng)];
    }
};
