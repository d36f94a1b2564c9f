#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    string out;
    char buf[64];
    while (q--) {
        long long x;
        scanf("%lld", &x);
        auto lo = lower_bound(a.begin(), a.end(), x);
        if (lo != a.end() && *lo == x) {
            auto hi = upper_bound(lo, a.end(), x);
            snprintf(buf, sizeof buf, "%d %d\n", int(lo - a.begin()) + 1, int(hi - a.begin()));
            out += buf;
        } else {
            out += "-1 -1\n";
        }
    }
    fputs(out.c_str(), stdout);
}
