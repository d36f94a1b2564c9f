#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>
using namespace std;

vector<int> parent_;

int find(int x) {
    while (parent_[x] != x) {
        parent_[x] = parent_[parent_[x]];
        x = parent_[x];
    }
    return x;
}

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    vector<int> a(m), b(m), c(m), order(m);
    for (int i = 0; i < m; i++) scanf("%d %d %d", &a[i], &b[i], &c[i]);
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int x, int y) { return c[x] < c[y]; });
    parent_.resize(n + 1);
    iota(parent_.begin(), parent_.end(), 0);
    long long total = 0;
    int joined = 0;
    for (int i : order) {
        int x = find(a[i]), y = find(b[i]);
        if (x != y) {
            parent_[x] = y;
            total += c[i];
            joined++;
        }
    }
    printf("%lld\n", joined == n - 1 ? total : -1LL);
    return 0;
}
