#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    a.erase(unique(a.begin(), a.end()), a.end());
    int best = 1, cur = 1;
    for (size_t i = 1; i < a.size(); i++) {
        cur = (a[i] == a[i - 1] + 1) ? cur + 1 : 1;
        best = max(best, cur);
    }
    printf("%d\n", best);
}
