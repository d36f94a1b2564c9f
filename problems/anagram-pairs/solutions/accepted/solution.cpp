#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    if (!(cin >> n)) return 0;
    vector<string> keys(n);
    for (auto &w : keys) { cin >> w; sort(w.begin(), w.end()); }
    sort(keys.begin(), keys.end());
    long long ans = 0;
    for (int i = 0, j; i < n; i = j) {
        j = i;
        while (j < n && keys[j] == keys[i]) j++;
        long long c = j - i;
        ans += c * (c - 1) / 2;
    }
    printf("%lld\n", ans);
}
