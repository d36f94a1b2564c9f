class Solution {
public:
    vector<vector<int>> distinctHandfuls(vector<int>& marbles) {
        map<int, int> counts;
        for (int v : marbles) counts[v]++;
        vector<vector<int>> handfuls = {{}};
        for (auto [value, count] : counts) {
            vector<vector<int>> extended;
            extended.reserve(handfuls.size() * (count + 1));
            for (auto& base : handfuls) {
                vector<int> h = base;
                extended.push_back(h);
                for (int k = 1; k <= count; k++) {
                    h.push_back(value);
                    extended.push_back(h);
                }
            }
            handfuls.swap(extended);
        }
        return handfuls;
    }
};
