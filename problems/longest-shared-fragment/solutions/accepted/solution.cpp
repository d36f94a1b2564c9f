#include <bits/stdc++.h>
using namespace std;
typedef unsigned long long ull;
const ull M1 = 1000000007ULL, M2 = 998244353ULL, B1 = 911382323ULL, B2 = 972663749ULL;
vector<ull> p1, p2;

struct Hasher {
    vector<ull> h1, h2;
    explicit Hasher(const string &s) : h1(s.size() + 1, 0), h2(s.size() + 1, 0) {
        for (size_t i = 0; i < s.size(); i++) {
            h1[i + 1] = (h1[i] * B1 + (ull)s[i]) % M1;
            h2[i + 1] = (h2[i] * B2 + (ull)s[i]) % M2;
        }
    }
    ull get(int i, int len) const {
        ull a = (h1[i + len] + M1 * M1 - h1[i] * p1[len]) % M1;
        ull b = (h2[i + len] + M2 * M2 - h2[i] * p2[len]) % M2;
        return (a << 32) | b;
    }
};

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s, t;
    cin >> s >> t;
    if (s.size() > t.size()) swap(s, t);
    int n = s.size(), m = t.size();
    p1.assign(m + 1, 1); p2.assign(m + 1, 1);
    for (int i = 1; i <= m; i++) { p1[i] = p1[i - 1] * B1 % M1; p2[i] = p2[i - 1] * B2 % M2; }
    Hasher hs(s), ht(t);
    vector<ull> keys;
    auto check = [&](int len) {
        keys.clear();
        for (int i = 0; i + len <= n; i++) keys.push_back(hs.get(i, len));
        sort(keys.begin(), keys.end());
        for (int i = 0; i + len <= m; i++)
            if (binary_search(keys.begin(), keys.end(), ht.get(i, len))) return true;
        return false;
    };
    int lo = 0, hi = n;  // answer in [lo, hi]
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (check(mid)) lo = mid; else hi = mid - 1;
    }
    printf("%d\n", lo);
}
