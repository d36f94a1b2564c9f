// Right recurrence, but reduces modulo 1e9+7 only when printing: the 64-bit counters overflow.
#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    int k;
    cin >> s >> k;
    unordered_set<string> words;
    for (int i = 0; i < k; i++) { string w; cin >> w; words.insert(w); }
    int n = s.size();
    vector<unsigned long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!ways[i]) continue;
        for (int L = 1; L <= 20 && i + L <= n; L++)
            if (words.count(s.substr(i, L))) ways[i + L] += ways[i];
    }
    printf("%llu\n", ways[n] % 1000000007ULL);
}
