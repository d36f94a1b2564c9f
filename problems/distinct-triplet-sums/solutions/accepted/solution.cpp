#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    long long t;
    if (scanf("%d %lld", &n, &t) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    long long ans = 0;
    for (int i = 0; i < n; i++) {
        if (i > 0 && a[i] == a[i - 1]) continue;
        int l = i + 1, r = n - 1;
        while (l < r) {
            long long s = a[i] + a[l] + a[r];
            if (s < t) l++;
            else if (s > t) r--;
            else {
                ans++;
                long long lv = a[l], rv = a[r];
                while (l < r && a[l] == lv) l++;
                while (l < r && a[r] == rv) r--;
            }
        }
    }
    printf("%lld\n", ans);
}
