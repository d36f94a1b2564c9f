#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    vector<long long> w(n);
    long long total = 0, mx = 0;
    for (auto &x : w) { scanf("%lld", &x); total += x; mx = max(mx, x); }
    auto ok = [&](long long cap) {
        long long days = 1, cur = 0;
        for (long long x : w) {
            if (cur + x > cap) { days++; cur = 0; }
            cur += x;
        }
        return days <= d;
    };
    long long lo = mx, hi = total;
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        if (ok(mid)) hi = mid; else lo = mid + 1;
    }
    printf("%lld\n", lo);
}
