#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> g(n), c(n);
    for (auto &x : g) scanf("%lld", &x);
    for (auto &x : c) scanf("%lld", &x);
    // Doubling trick: walk the circle twice, keeping a window of length n and
    // a monotonic deque of prefix minima; start i works iff the minimum prefix
    // over (i, i+n] minus p[i] is non-negative.
    vector<long long> p(2 * n + 1, 0);
    for (int j = 0; j < 2 * n; j++) p[j + 1] = p[j] + g[j % n] - c[j % n];
    deque<int> dq;  // indices with increasing p values
    int count = 0;
    int nextIn = 1;
    for (int i = 0; i < n; i++) {
        while (nextIn <= i + n) {
            while (!dq.empty() && p[dq.back()] >= p[nextIn]) dq.pop_back();
            dq.push_back(nextIn++);
        }
        while (dq.front() <= i) dq.pop_front();
        if (p[dq.front()] - p[i] >= 0) count++;
    }
    printf("%d\n", count);
}
