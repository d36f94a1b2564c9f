#include <iostream>
#include <queue>
#include <string>
#include <vector>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    if (!(cin >> n >> k)) return 1;
    vector<string> w(n);
    for (auto &s : w) cin >> s;
    bool edge[26][26] = {};
    for (int i = 0; i + 1 < n; i++) {
        const string &x = w[i], &y = w[i + 1];
        size_t p = 0;
        while (p < x.size() && p < y.size() && x[p] == y[p]) p++;
        if (p == y.size()) {
            if (x.size() > y.size()) {
                cout << "IMPOSSIBLE\n";
                return 0;
            }
            continue;
        }
        if (p == x.size()) continue;
        edge[x[p] - 'a'][y[p] - 'a'] = true;
    }
    int indeg[26] = {};
    for (int u = 0; u < k; u++)
        for (int v = 0; v < k; v++)
            if (edge[u][v]) indeg[v]++;
    priority_queue<int, vector<int>, greater<int>> pq;
    for (int u = 0; u < k; u++)
        if (indeg[u] == 0) pq.push(u);
    string order;
    while (!pq.empty()) {
        int u = pq.top();
        pq.pop();
        order += char('a' + u);
        for (int v = 0; v < k; v++)
            if (edge[u][v] && --indeg[v] == 0) pq.push(v);
    }
    cout << ((int)order.size() == k ? order : string("IMPOSSIBLE")) << "\n";
    return 0;
}
