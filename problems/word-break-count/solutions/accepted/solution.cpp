#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string s;
    int k;
    cin >> s >> k;
    unordered_set<string> words;
    words.reserve(2 * k + 1);
    vector<bool> hasLen(21, false);
    for (int i = 0; i < k; i++) {
        string w;
        cin >> w;
        hasLen[w.size()] = true;
        words.insert(w);
    }
    const long long MOD = 1000000007LL;
    int n = s.size();
    vector<long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        if (!ways[i]) continue;
        for (int L = 1; L <= 20 && i + L <= n; L++) {
            if (!hasLen[L]) continue;
            if (words.count(s.substr(i, L))) ways[i + L] = (ways[i + L] + ways[i]) % MOD;
        }
    }
    printf("%lld\n", ways[n]);
}
