#include <bits/stdc++.h>
using namespace std;
int main() {
    const long long MOD = 1000000007LL;
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> a(n), res(n);
    for (auto &x : a) { scanf("%lld", &x); x %= MOD; }
    long long p = 1;
    for (int i = 0; i < n; i++) { res[i] = p; p = p * a[i] % MOD; }
    p = 1;
    for (int i = n - 1; i >= 0; i--) { res[i] = res[i] * p % MOD; p = p * a[i] % MOD; }
    string out;
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(res[i]);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
