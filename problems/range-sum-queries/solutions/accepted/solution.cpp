#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> pre(n + 1, 0);
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        pre[i + 1] = pre[i] + x;
    }
    string out;
    out.reserve((size_t)q * 16);
    char buf[32];
    for (int j = 0; j < q; j++) {
        int l, r;
        scanf("%d %d", &l, &r);
        int len = snprintf(buf, sizeof buf, "%lld\n", pre[r] - pre[l - 1]);
        out.append(buf, len);
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
