/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var countSubarraysBelow = function(nums, k) {
    if (k <= 1) return 0;
    // products stay below k * 1000 <= 10^12, exact in a double
    let count = 0, product = 1, left = 0;
    for (let right = 0; right < nums.length; right++) {
        product *= nums[right];
        while (product >= k) product /= nums[left++];
        count += right - left + 1;
    }
    return count;
};
