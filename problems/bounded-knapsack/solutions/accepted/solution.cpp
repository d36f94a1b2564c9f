#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, cap;
    if (scanf("%d %d", &n, &cap) != 2) return 0;
    vector<long long> best(cap + 1, 0);
    for (int i = 0; i < n; i++) {
        long long w, v, c;
        scanf("%lld %lld %lld", &w, &v, &c);
        for (long long k = 1; c > 0; k <<= 1) {
            long long take = min(k, c);
            c -= take;
            long long pw = w * take, pv = v * take;
            if (pw > cap) continue;
            for (int j = cap; j >= pw; j--) best[j] = max(best[j], best[j - pw] + pv);
        }
    }
    printf("%lld\n", best[cap]);
}
