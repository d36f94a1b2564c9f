// Right grouping, but counts the pairs in a 32-bit int.
#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n;
    cin >> n;
    unordered_map<string, int> cnt;
    for (int i = 0; i < n; i++) { string w; cin >> w; sort(w.begin(), w.end()); cnt[w]++; }
    int ans = 0;
    for (auto &p : cnt) ans += p.second * (p.second - 1) / 2;
    printf("%d\n", ans);
}
