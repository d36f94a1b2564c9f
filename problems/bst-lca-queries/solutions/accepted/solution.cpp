#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int m;
    cin >> m;
    vector<string> tok(m);
    for (auto& t : tok) cin >> t;
    vector<int> keys;
    for (auto& t : tok) if (t != "null") keys.push_back(stoi(t));
    int n = keys.size();
    vector<int> depth(n, 0);
    int cnt = 1, p = 1;
    for (int i = 0; i < n; i++)
        for (int s = 0; s < 2; s++)
            if (p < m) { if (tok[p] != "null") depth[cnt++] = depth[i] + 1; p++; }
    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
    unordered_map<int, int> rnk;
    rnk.reserve(2 * n);
    vector<int> sk(n);
    int LOG = 1;
    while ((1 << LOG) <= n) LOG++;
    vector<vector<long long>> sp(LOG, vector<long long>(n));
    for (int r = 0; r < n; r++) {
        rnk[keys[order[r]]] = r;
        sk[r] = keys[order[r]];
        sp[0][r] = (long long)depth[order[r]] * n + r;
    }
    for (int l = 1; l < LOG; l++)
        for (int i = 0; i + (1 << l) <= n; i++)
            sp[l][i] = min(sp[l - 1][i], sp[l - 1][i + (1 << (l - 1))]);
    int q;
    cin >> q;
    string out;
    while (q--) {
        int u, v;
        cin >> u >> v;
        int a = rnk[u], b = rnk[v];
        if (a > b) swap(a, b);
        int l = 31 - __builtin_clz(b - a + 1);
        long long best = min(sp[l][a], sp[l][b - (1 << l) + 1]);
        out += to_string(sk[best % n]);
        out += '\n';
    }
    cout << out;
    return 0;
}
