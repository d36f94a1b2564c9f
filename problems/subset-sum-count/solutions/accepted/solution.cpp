#include <bits/stdc++.h>
using namespace std;
static vector<long long> allSums(const vector<long long> &v) {
    vector<long long> s{0};
    for (long long x : v) {
        size_t m = s.size();
        for (size_t i = 0; i < m; i++) s.push_back(s[i] + x);
    }
    return s;
}
int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    vector<long long> L = allSums(vector<long long>(a.begin(), a.begin() + n / 2));
    vector<long long> R = allSums(vector<long long>(a.begin() + n / 2, a.end()));
    sort(R.begin(), R.end());
    long long total = 0;
    for (long long s : L) {
        auto range = equal_range(R.begin(), R.end(), k - s);
        total += range.second - range.first;
    }
    if (k == 0) total--;
    printf("%lld\n", total);
}
