#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<vector<long long>> c(n, vector<long long>(n));
    for (auto &r : c) for (auto &x : r) scanf("%lld", &x);
    int full = 1 << n;
    vector<long long> dp(full, LLONG_MAX);
    dp[0] = 0;
    for (int mask = 0; mask < full - 1; mask++) {
        int i = __builtin_popcount(mask);
        for (int j = 0; j < n; j++) {
            if (mask >> j & 1) continue;
            int nm = mask | (1 << j);
            long long v = dp[mask] + c[i][j];
            if (v < dp[nm]) dp[nm] = v;
        }
    }
    printf("%lld\n", dp[full - 1]);
}
