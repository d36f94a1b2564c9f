#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int m;
    cin >> m;
    vector<string> tok(m);
    for (auto& t : tok) cin >> t;
    vector<long long> vals;
    for (auto& t : tok) if (t != "null") vals.push_back(stoll(t));
    int n = vals.size();
    vector<int> L(n, -1), R(n, -1);
    int cnt = 1, p = 1;
    for (int i = 0; i < n; i++) {
        if (p < m) { if (tok[p] != "null") L[i] = cnt++; p++; }
        if (p < m) { if (tok[p] != "null") R[i] = cnt++; p++; }
    }
    const long long INF = 1LL << 40;
    vector<long long> lo(n, -INF), hi(n, INF);
    for (int i = 0; i < n; i++) {
        long long v = vals[i];
        if (!(lo[i] < v && v < hi[i])) { puts("NO"); return 0; }
        if (L[i] >= 0) { lo[L[i]] = lo[i]; hi[L[i]] = v; }
        if (R[i] >= 0) { lo[R[i]] = v; hi[R[i]] = hi[i]; }
    }
    puts("YES");
    return 0;
}
