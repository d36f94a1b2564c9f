// Right idea, but multiplies and sums in 32-bit integers.
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<vector<int>> adj(n + 1);
    for (int i = 0; i < n - 1; i++) { int a, b; scanf("%d %d", &a, &b); adj[a].push_back(b); adj[b].push_back(a); }
    vector<int> parent(n + 1, 0), order = {1};
    parent[1] = -1;
    for (size_t h = 0; h < order.size(); h++)
        for (int v : adj[order[h]]) if (v != parent[order[h]]) { parent[v] = order[h]; order.push_back(v); }
    vector<int> size(n + 1, 1);
    int total = 0;
    for (int h = n - 1; h >= 1; h--) {
        int u = order[h];
        total += size[u] * (n - size[u]);
        size[parent[u]] += size[u];
    }
    printf("%d\n", total);
}
