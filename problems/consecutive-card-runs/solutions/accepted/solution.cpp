class Solution {
public:
    bool canFormRuns(vector<int>& cards, int runLength) {
        if (cards.size() % runLength) return false;
        vector<int> sorted = cards;
        sort(sorted.begin(), sorted.end());
        vector<int> values;
        vector<long long> amount;
        for (int v : sorted) {
            if (values.empty() || values.back() != v) { values.push_back(v); amount.push_back(0); }
            amount.back()++;
        }
        int n = values.size();
        for (int i = 0; i < n; i++) {
            long long need = amount[i];
            if (need == 0) continue;
            if (i + runLength > n || (long long) values[i + runLength - 1] - values[i] != runLength - 1) return false;
            for (int j = i; j < i + runLength; j++) {
                if (amount[j] < need) return false;
                amount[j] -= need;
            }
        }
        return true;
    }
};
