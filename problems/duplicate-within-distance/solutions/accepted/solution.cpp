class Solution {
public:
    bool containsNearbyDuplicate(vector<int>& nums, int k) {
        unordered_map<int, int> last;
        last.reserve(nums.size() * 2);
        for (int j = 0; j < (int)nums.size(); j++) {
            auto it = last.find(nums[j]);
            if (it != last.end() && j - it->second <= k) return true;
            last[nums[j]] = j;
        }
        return false;
    }
};
