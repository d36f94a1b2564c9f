#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    // prefix sums lie in [-1e9, 1e9]; count them in a hash map
    vector<long long> pre(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        pre[i + 1] = pre[i] + x;
    }
    unordered_map<long long, int> cnt;
    cnt.reserve(2 * (n + 1));
    long long total = 0;
    for (int i = 0; i <= n; i++) {
        auto it = cnt.find(pre[i] - k);
        if (it != cnt.end()) total += it->second;
        cnt[pre[i]]++;
    }
    printf("%lld\n", total);
    return 0;
}
