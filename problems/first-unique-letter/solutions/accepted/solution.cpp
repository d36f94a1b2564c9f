#include <bits/stdc++.h>
using namespace std;
int main() {
    string s;
    cin >> s;
    int cnt[26] = {0};
    for (char c : s) cnt[c - 'a']++;
    int ans = -1;
    for (size_t i = 0; i < s.size(); i++)
        if (cnt[s[i] - 'a'] == 1) { ans = (int)i + 1; break; }
    printf("%d\n", ans);
}
