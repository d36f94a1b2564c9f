#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> s(k);
    for (auto &x : s) scanf("%d", &x);
    const long long MOD = 1000000007LL;
    vector<long long> w(n + 1, 0);
    w[0] = 1;
    for (int i = 1; i <= n; i++) {
        long long t = 0;
        for (int x : s) if (x <= i) t += w[i - x];
        w[i] = t % MOD;
    }
    printf("%lld\n", w[n]);
}
