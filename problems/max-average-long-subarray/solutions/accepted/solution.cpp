class Solution {
public:
    // Exact: the average of nums[i..j-1] is the slope between the points (i, P[i])
    // and (j, P[j]) of the prefix sums. For each j, the best i <= j - k is where the
    // line from (j, P[j]) touches the lower convex hull of the points i <= j - k;
    // found by binary search on the hull.
    double findMaxAverage(vector<int>& nums, int k) {
        int n = nums.size();
        vector<long long> P(n + 1, 0);
        for (int i = 0; i < n; i++) P[i + 1] = P[i] + nums[i];
        auto cross = [&](long long o, long long a, long long b) {
            return (a - o) * (P[b] - P[o]) - (P[a] - P[o]) * (b - o);
        };
        vector<int> hull;
        long long bestNum = 0, bestDen = 0;  // bestDen == 0: nothing yet
        for (int j = k; j <= n; j++) {
            int i = j - k;
            while (hull.size() >= 2 && cross(hull[hull.size() - 2], hull.back(), i) <= 0) hull.pop_back();
            hull.push_back(i);
            // first t where j is not strictly above the line through hull[t], hull[t+1]
            int lo = 0, hi = hull.size() - 1;
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (cross(hull[mid], hull[mid + 1], j) > 0) lo = mid + 1;
                else hi = mid;
            }
            long long num = P[j] - P[hull[lo]], den = j - hull[lo];
            if (bestDen == 0 || num * bestDen > bestNum * den) { bestNum = num; bestDen = den; }
        }
        return (double)bestNum / (double)bestDen;
    }
};
