#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int n, k;
    cin >> n >> k;
    unordered_map<string, int> cnt;
    cnt.reserve(2 * n);
    string w;
    for (int i = 0; i < n; i++) { cin >> w; cnt[w]++; }
    vector<pair<int, string>> items;
    items.reserve(cnt.size());
    for (auto& [word, c] : cnt) items.emplace_back(-c, word);
    partial_sort(items.begin(), items.begin() + k, items.end());
    string out;
    for (int i = 0; i < k; i++) {
        out += items[i].second;
        out += ' ';
        out += to_string(-items[i].first);
        out += '\n';
    }
    cout << out;
    return 0;
}
