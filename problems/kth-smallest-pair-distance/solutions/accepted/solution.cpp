#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    auto count = [&](long long d) {  // pairs with distance <= d
        long long c = 0;
        int j = 0;
        for (int i = 0; i < n; i++) {
            while (a[i] - a[j] > d) j++;
            c += i - j;
        }
        return c;
    };
    long long lo = 0, hi = a[n - 1] - a[0];
    while (lo < hi) {
        long long mid = (lo + hi) / 2;
        if (count(mid) >= k) hi = mid; else lo = mid + 1;
    }
    printf("%lld\n", lo);
}
