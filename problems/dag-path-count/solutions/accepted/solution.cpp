#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    const long long MOD = 1000000007LL;
    vector<vector<int>> adj(n + 1);
    vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        adj[u].push_back(v);
        indeg[v]++;
    }
    vector<int> order;
    order.reserve(n);
    for (int i = 1; i <= n; i++) if (indeg[i] == 0) order.push_back(i);
    for (size_t h = 0; h < order.size(); h++) {
        int u = order[h];
        for (int v : adj[u]) if (--indeg[v] == 0) order.push_back(v);
    }
    vector<long long> ways(n + 1, 0);
    ways[1] = 1;
    for (int u : order)
        if (ways[u])
            for (int v : adj[u]) ways[v] = (ways[v] + ways[u]) % MOD;
    printf("%lld\n", ways[n]);
}
