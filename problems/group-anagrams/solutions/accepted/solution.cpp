class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& words) {
        unordered_map<string, int> index;
        index.reserve(words.size() * 2);
        vector<vector<string>> groups;
        for (const string& word : words) {
            string key = word;
            sort(key.begin(), key.end());
            auto it = index.find(key);
            if (it == index.end()) {
                index.emplace(key, (int)groups.size());
                groups.push_back({word});
            } else {
                groups[it->second].push_back(word);
            }
        }
        return groups;
    }
};
