#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, long long>> m(n);
    for (auto &p : m) scanf("%lld %lld", &p.first, &p.second);
    sort(m.begin(), m.end());
    // min-heap of end times of rooms currently in use
    priority_queue<long long, vector<long long>, greater<long long>> busy;
    size_t best = 0;
    for (auto &p : m) {
        while (!busy.empty() && busy.top() <= p.first) busy.pop();
        busy.push(p.second);
        best = max(best, busy.size());
    }
    printf("%zu\n", best);
}
