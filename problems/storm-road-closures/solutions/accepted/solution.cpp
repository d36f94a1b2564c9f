#include <cstdio>
#include <numeric>
#include <string>
#include <vector>
using namespace std;

vector<int> parent_, size_;

int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int unite(int x, int y) {
    x = find(x);
    y = find(y);
    if (x == y) return 0;
    if (size_[x] < size_[y]) swap(x, y);
    parent_[y] = x;
    size_[x] += size_[y];
    return 1;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<int> a(m + 1), b(m + 1);
    for (int i = 1; i <= m; i++) scanf("%d %d", &a[i], &b[i]);
    int q;
    scanf("%d", &q);
    vector<int> closes(q);
    vector<char> closed(m + 1, 0);
    for (auto &r : closes) {
        scanf("%d", &r);
        closed[r] = 1;
    }
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    size_.assign(n + 1, 1);
    int comps = n;
    for (int i = 1; i <= m; i++)
        if (!closed[i]) comps -= unite(a[i], b[i]);
    vector<int> ans(q);
    for (int j = q - 1; j >= 0; j--) {
        ans[j] = comps;
        comps -= unite(a[closes[j]], b[closes[j]]);
    }
    string out;
    for (int x : ans) {
        out += to_string(x);
        out += '\n';
    }
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
