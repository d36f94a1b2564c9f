#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, long long>> v(n);
    for (auto &p : v) scanf("%lld %lld", &p.first, &p.second);
    sort(v.begin(), v.end());
    vector<pair<long long, long long>> res;
    long long cl = v[0].first, cr = v[0].second;
    for (int i = 1; i < n; i++) {
        if (v[i].first <= cr) cr = max(cr, v[i].second);
        else { res.push_back({cl, cr}); cl = v[i].first; cr = v[i].second; }
    }
    res.push_back({cl, cr});
    string out = to_string(res.size()) + "\n";
    for (auto &p : res) out += to_string(p.first) + " " + to_string(p.second) + "\n";
    fputs(out.c_str(), stdout);
}
