#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> ea(n - 1), eb(n - 1), deg(n + 2, 0);
    for (int i = 0; i < n - 1; i++) { scanf("%d %d", &ea[i], &eb[i]); deg[ea[i]]++; deg[eb[i]]++; }
    vector<int> start(n + 2, 0);
    for (int i = 1; i <= n; i++) start[i + 1] = start[i] + deg[i];
    vector<int> pos(start), to(2 * (n - 1) + 1);
    for (int i = 0; i < n - 1; i++) { to[pos[ea[i]]++] = eb[i]; to[pos[eb[i]]++] = ea[i]; }
    vector<int> parent(n + 1, 0), order;
    order.reserve(n);
    parent[1] = -1;
    order.push_back(1);
    for (size_t h = 0; h < order.size(); h++) {
        int u = order[h];
        for (int k = start[u]; k < start[u + 1]; k++)
            if (to[k] != parent[u]) { parent[to[k]] = u; order.push_back(to[k]); }
    }
    vector<long long> size(n + 1, 1);
    long long total = 0;
    for (int h = n - 1; h >= 1; h--) {
        int u = order[h];
        total += size[u] * (long long)(n - size[u]);
        size[parent[u]] += size[u];
    }
    printf("%lld\n", total);
}
