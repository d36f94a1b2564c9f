#include <bits/stdc++.h>
using namespace std;
int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    vector<vector<int>> lists(k);
    for (int i = 0; i < k; i++) {
        int len;
        scanf("%d", &len);
        lists[i].resize(len);
        for (auto& x : lists[i]) scanf("%d", &x);
    }
    typedef tuple<int, int, int> T;
    priority_queue<T, vector<T>, greater<T>> pq;
    for (int i = 0; i < k; i++) if (!lists[i].empty()) pq.emplace(lists[i][0], i, 0);
    string out;
    char buf[16];
    bool first = true;
    while (!pq.empty()) {
        auto [v, i, j] = pq.top();
        pq.pop();
        if (!first) out += ' ';
        first = false;
        out.append(buf, snprintf(buf, sizeof buf, "%d", v));
        if (j + 1 < (int)lists[i].size()) pq.emplace(lists[i][j + 1], i, j + 1);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
