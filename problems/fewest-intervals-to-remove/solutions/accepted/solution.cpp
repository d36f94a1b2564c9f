#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, long long>> v(n);  // (r, l)
    for (auto &p : v) scanf("%lld %lld", &p.second, &p.first);
    sort(v.begin(), v.end());
    long long last = -1;
    int kept = 0;
    for (auto &p : v)
        if (p.second >= last) { kept++; last = p.first; }
    printf("%d\n", n - kept);
}
