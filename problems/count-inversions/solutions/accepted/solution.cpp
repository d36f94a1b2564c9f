#include <bits/stdc++.h>
using namespace std;
vector<long long> a, tmp;
long long sortCount(int lo, int hi) {  // [lo, hi)
    if (hi - lo <= 1) return 0;
    int mid = (lo + hi) / 2;
    long long c = sortCount(lo, mid) + sortCount(mid, hi);
    int i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (a[i] <= a[j]) tmp[k++] = a[i++];
        else { c += mid - i; tmp[k++] = a[j++]; }
    }
    while (i < mid) tmp[k++] = a[i++];
    while (j < hi) tmp[k++] = a[j++];
    for (int t = lo; t < hi; t++) a[t] = tmp[t];
    return c;
}
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    a.resize(n); tmp.resize(n);
    for (auto &x : a) scanf("%lld", &x);
    printf("%lld\n", sortCount(0, n));
}
