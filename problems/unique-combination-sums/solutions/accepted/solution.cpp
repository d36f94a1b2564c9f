#include <bits/stdc++.h>
using namespace std;

int n, t;
vector<int> a, cur;
vector<vector<int>> res;

void go(int start, int rem) {
    if (rem == 0) { res.push_back(cur); return; }
    for (int i = start; i < n; i++) {
        if (a[i] > rem) break;
        if (i > start && a[i] == a[i - 1]) continue;
        cur.push_back(a[i]);
        go(i + 1, rem - a[i]);
        cur.pop_back();
    }
}

int main() {
    if (scanf("%d %d", &n, &t) != 2) return 0;
    a.resize(n);
    for (auto &x : a) scanf("%d", &x);
    sort(a.begin(), a.end());
    go(0, t);
    string out = to_string(res.size()) + "\n";
    for (auto &c : res) {
        for (size_t i = 0; i < c.size(); i++) {
            if (i) out += ' ';
            out += to_string(c[i]);
        }
        out += '\n';
    }
    fputs(out.c_str(), stdout);
}
