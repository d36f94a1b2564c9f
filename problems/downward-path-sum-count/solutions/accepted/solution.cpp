#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    long long T;
    if (scanf("%d %lld", &n, &T) != 2) return 0;
    static char buf[32];
    vector<long long> val;
    vector<array<int, 2>> kids;
    val.reserve(n);
    kids.reserve(n);
    scanf("%s", buf);
    val.push_back(atoll(buf));
    kids.push_back({-1, -1});
    for (size_t i = 0; i < val.size(); i++) {
        for (int c = 0; c < 2; c++) {
            scanf("%s", buf);
            if (strcmp(buf, "null") == 0) continue;
            kids[i][c] = val.size();
            val.push_back(atoll(buf));
            kids.push_back({-1, -1});
        }
    }
    // prefix sums along the DFS; compress them so counting uses plain arrays
    vector<long long> pre(n);
    vector<int> order;
    order.reserve(n);
    vector<int> st = {0};
    pre[0] = val[0];
    while (!st.empty()) {
        int u = st.back(); st.pop_back();
        order.push_back(u);
        for (int c : kids[u]) if (c >= 0) { pre[c] = pre[u] + val[c]; st.push_back(c); }
    }
    vector<long long> keys(pre.begin(), pre.end());
    keys.push_back(0);
    sort(keys.begin(), keys.end());
    keys.erase(unique(keys.begin(), keys.end()), keys.end());
    auto id = [&](long long x) -> int {
        auto it = lower_bound(keys.begin(), keys.end(), x);
        return (it != keys.end() && *it == x) ? int(it - keys.begin()) : -1;
    };
    vector<int> cnt(keys.size(), 0);
    vector<int> selfId(n), wantId(n);
    for (int u = 0; u < n; u++) { selfId[u] = id(pre[u]); wantId[u] = id(pre[u] - T); }
    cnt[id(0)] = 1;
    long long ans = 0;
    vector<pair<int, bool>> s2 = {{0, false}};
    while (!s2.empty()) {
        auto [u, leaving] = s2.back(); s2.pop_back();
        if (leaving) { cnt[selfId[u]]--; continue; }
        if (wantId[u] >= 0) ans += cnt[wantId[u]];
        cnt[selfId[u]]++;
        s2.push_back({u, true});
        for (int c : kids[u]) if (c >= 0) s2.push_back({c, false});
    }
    printf("%lld\n", ans);
}
