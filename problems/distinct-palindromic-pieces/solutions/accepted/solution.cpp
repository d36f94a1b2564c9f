#include <bits/stdc++.h>
using namespace std;
// Palindromic tree (eertree): one node per distinct palindrome.
int main() {
    string s;
    cin >> s;
    int n = s.size();
    vector<array<int, 26>> nxt(n + 2);
    vector<int> len(n + 2), link(n + 2);
    for (auto &a : nxt) a.fill(0);
    len[0] = -1; link[0] = 0;   // imaginary root
    len[1] = 0;  link[1] = 0;   // empty string
    int cnt = 2, last = 1;
    for (int i = 0; i < n; i++) {
        int c = s[i] - 'a';
        int v = last;
        while (true) {
            int j = i - len[v] - 1;
            if (j >= 0 && s[j] == s[i]) break;
            v = link[v];
        }
        if (nxt[v][c]) { last = nxt[v][c]; continue; }
        int w = cnt++;
        len[w] = len[v] + 2;
        if (len[w] == 1) link[w] = 1;
        else {
            int u = link[v];
            while (true) {
                int j = i - len[u] - 1;
                if (j >= 0 && s[j] == s[i]) break;
                u = link[u];
            }
            link[w] = nxt[u][c];
        }
        nxt[v][c] = w;
        last = w;
    }
    printf("%d\n", cnt - 2);
}
