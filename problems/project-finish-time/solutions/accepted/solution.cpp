#include <algorithm>
#include <cstdio>
#include <vector>
using namespace std;
typedef long long ll;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<ll> d(n + 1);
    for (int i = 1; i <= n; i++) scanf("%lld", &d[i]);
    vector<vector<int>> adj(n + 1);
    vector<int> indeg(n + 1, 0);
    for (int i = 0; i < m; i++) {
        int a, b;
        scanf("%d %d", &a, &b);
        adj[a].push_back(b);
        indeg[b]++;
    }
    vector<ll> start(n + 1, 0);
    vector<int> queue;
    queue.reserve(n);
    for (int v = 1; v <= n; v++)
        if (indeg[v] == 0) queue.push_back(v);
    ll best = 0;
    for (size_t h = 0; h < queue.size(); h++) {
        int u = queue[h];
        ll fin = start[u] + d[u];
        best = max(best, fin);
        for (int v : adj[u]) {
            start[v] = max(start[v], fin);
            if (--indeg[v] == 0) queue.push_back(v);
        }
    }
    printf("%lld\n", (int)queue.size() == n ? best : -1LL);
    return 0;
}
