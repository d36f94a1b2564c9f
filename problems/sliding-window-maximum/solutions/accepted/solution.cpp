#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (int i = 0; i < n; i++) scanf("%lld", &a[i]);
    deque<int> dq;
    string out;
    out.reserve((size_t)n * 12);
    bool first = true;
    for (int i = 0; i < n; i++) {
        while (!dq.empty() && a[dq.back()] <= a[i]) dq.pop_back();
        dq.push_back(i);
        if (dq.front() <= i - k) dq.pop_front();
        if (i >= k - 1) {
            if (!first) out += ' ';
            first = false;
            out += to_string(a[dq.front()]);
        }
    }
    out += '\n';
    fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}
