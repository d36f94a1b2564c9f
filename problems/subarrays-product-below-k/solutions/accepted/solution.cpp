class Solution {
public:
    long long countSubarraysBelow(vector<int>& nums, int k) {
        if (k <= 1) return 0;
        long long count = 0, product = 1;
        int left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            product *= nums[right];
            while (product >= k) product /= nums[left++];
            count += right - left + 1;
        }
        return count;
    }
};
