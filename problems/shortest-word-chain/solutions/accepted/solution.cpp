class Solution {
public:
    int shortestWordChain(string& start, string& target, vector<string>& dictionary) {
        int length = start.size();
        unordered_map<string, vector<int>> buckets;
        buckets.reserve(dictionary.size() * length * 2);
        for (int w = 0; w < (int) dictionary.size(); w++)
            for (int i = 0; i < length; i++) {
                string pattern = dictionary[w];
                pattern[i] = '*';
                buckets[pattern].push_back(w);
            }
        // BFS over words; each pattern's bucket is scanned once, then erased
        vector<pair<string, int>> queue = {{start, 0}};
        unordered_set<string> seen = {start};
        for (size_t head = 0; head < queue.size(); head++) {
            string word = queue[head].first;
            int d = queue[head].second + 1;
            for (int i = 0; i < length; i++) {
                string pattern = word;
                pattern[i] = '*';
                auto it = buckets.find(pattern);
                if (it == buckets.end()) continue;
                for (int w : it->second) {
                    const string& other = dictionary[w];
                    if (seen.count(other)) continue;
                    if (other == target) return d;
                    seen.insert(other);
                    queue.push_back({other, d});
                }
                buckets.erase(it);
            }
        }
        return -1;
    }
};
