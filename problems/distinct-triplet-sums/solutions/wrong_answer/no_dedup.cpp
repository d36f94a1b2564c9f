// Two pointers, but counts every matching combination of positions instead of
// distinct value triples (it never skips repeated values).
#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    long long t;
    scanf("%d %lld", &n, &t);
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    long long ans = 0;
    for (int i = 0; i < n; i++) {
        int l = i + 1, r = n - 1;
        while (l < r) {
            long long s = a[i] + a[l] + a[r];
            if (s < t) l++;
            else if (s > t) r--;
            else { ans++; l++; r--; }
        }
    }
    printf("%lld\n", ans);
}
