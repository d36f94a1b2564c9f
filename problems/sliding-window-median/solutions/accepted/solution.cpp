#include <bits/stdc++.h>
using namespace std;
// lower half `lo` keeps the (k+1)/2 smallest elements of the window, `hi` the rest;
// elements are (value, index) pairs so erasing is exact.
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> a(n);
    for (auto& x : a) scanf("%d", &x);
    int need = (k + 1) / 2;
    set<pair<int, int>> lo, hi;
    auto balance = [&]() {
        while ((int)lo.size() > need) { auto it = prev(lo.end()); hi.insert(*it); lo.erase(it); }
        while ((int)lo.size() < need && !hi.empty()) { auto it = hi.begin(); lo.insert(*it); hi.erase(it); }
    };
    auto add = [&](int i) {
        pair<int, int> p{a[i], i};
        if (!lo.empty() && p < *prev(lo.end())) lo.insert(p); else hi.insert(p);
        balance();
    };
    string out;
    char buf[16];
    for (int i = 0; i < n; i++) {
        add(i);
        if (i >= k) {
            pair<int, int> p{a[i - k], i - k};
            if (!lo.erase(p)) hi.erase(p);
            balance();
        }
        if (i >= k - 1) {
            if (i > k - 1) out += ' ';
            out.append(buf, snprintf(buf, sizeof buf, "%d", prev(lo.end())->first));
        }
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
