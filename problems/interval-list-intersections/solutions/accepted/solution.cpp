class Solution {
public:
    vector<vector<int>> sharedFreeTime(vector<vector<int>>& mySlots, vector<vector<int>>& yourSlots) {
        vector<vector<int>> result;
        size_t i = 0, j = 0;
        while (i < mySlots.size() && j < yourSlots.size()) {
            int lo = max(mySlots[i][0], yourSlots[j][0]);
            int hi = min(mySlots[i][1], yourSlots[j][1]);
            if (lo <= hi) result.push_back({lo, hi});
            if (mySlots[i][1] < yourSlots[j][1]) i++; else j++;
        }
        return result;
    }
};
