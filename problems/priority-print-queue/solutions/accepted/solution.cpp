#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    m--;
    vector<long long> p(n);
    for (auto &x : p) scanf("%lld", &x);
    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    // descending urgency, ties by index
    sort(order.begin(), order.end(), [&](int a, int b) {
        return p[a] != p[b] ? p[a] > p[b] : a < b;
    });
    long long printed = 0;
    int pos = 0;
    size_t i = 0;
    while (i < order.size()) {
        size_t j = i;
        while (j < order.size() && p[order[j]] == p[order[i]]) j++;
        // indices order[i..j) are increasing
        auto first = order.begin() + i, last = order.begin() + j;
        size_t s = lower_bound(first, last, pos) - first;
        size_t len = j - i;
        if (s == len) s = 0;
        if (p[order[i]] == p[m]) {
            size_t r = lower_bound(first, last, m) - first;
            size_t rank = r >= s ? r - s : len - s + r;
            printf("%lld\n", printed + (long long)rank + 1);
            return 0;
        }
        printed += len;
        pos = (s == 0 ? order[j - 1] : order[i + s - 1]) + 1;
        i = j;
    }
}
