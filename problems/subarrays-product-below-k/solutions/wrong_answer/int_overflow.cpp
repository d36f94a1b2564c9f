// Bug: keeps the product and the count in 32-bit ints. The product of a window can
// reach k * 1000 before it shrinks, and the count can exceed 2^31 - 1.
class Solution {
public:
    long long countSubarraysBelow(vector<int>& nums, int k) {
        if (k <= 1) return 0;
        int count = 0, product = 1;
        int left = 0;
        for (int right = 0; right < (int)nums.size(); right++) {
            product *= nums[right];
            while (product >= k) product /= nums[left++];
            count += right - left + 1;
        }
        return count;
    }
};
