/**
 * @param {number[]} nums
 * @param {number} k
 * @return {number}
 */
var findMaxAverage = function(nums, k) {
    // Binary search on the answer m: is there a spell of length >= k whose sum of
    // (nums[i] - m) is >= 0? Checked with prefix sums and a running minimum.
    const n = nums.length;
    const prefix = new Float64Array(n + 1);
    let lo = Infinity, hi = -Infinity;
    for (let i = 0; i < n; i++) {
        prefix[i + 1] = prefix[i] + nums[i];
        lo = Math.min(lo, nums[i]);
        hi = Math.max(hi, nums[i]);
    }
    for (let iter = 0; iter < 50; iter++) {
        const m = (lo + hi) / 2;
        let lowest = Infinity, ok = false;
        for (let j = k; j <= n; j++) {
            const i = j - k;
            lowest = Math.min(lowest, prefix[i] - m * i);
            if (prefix[j] - m * j - lowest >= 0) { ok = true; break; }
        }
        if (ok) lo = m; else hi = m;
    }
    return (lo + hi) / 2;
};
