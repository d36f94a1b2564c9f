class Solution {
    public double findMaxAverage(int[] nums, int k) {
        // Binary search on the answer m: is there a spell of length >= k whose sum of
        // (nums[i] - m) is >= 0? Checked with prefix sums and a running minimum.
        int n = nums.length;
        long[] prefix = new long[n + 1];
        double lo = Double.MAX_VALUE, hi = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + nums[i];
            lo = Math.min(lo, nums[i]);
            hi = Math.max(hi, nums[i]);
        }
        for (int iter = 0; iter < 50; iter++) {
            double m = (lo + hi) / 2;
            double lowest = Double.MAX_VALUE;
            boolean ok = false;
            for (int j = k; j <= n && !ok; j++) {
                int i = j - k;
                lowest = Math.min(lowest, prefix[i] - m * i);
                if (prefix[j] - m * j - lowest >= 0) ok = true;
            }
            if (ok) lo = m; else hi = m;
        }
        return (lo + hi) / 2;
    }
}
