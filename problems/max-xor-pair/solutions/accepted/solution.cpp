#include <bits/stdc++.h>
using namespace std;
static int nxt[100000 * 30 + 2][2];
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int cnt = 1;  // node 0 is the root
    int best = 0;
    for (int i = 0; i < n; i++) {
        int x = a[i];
        if (i > 0) {  // query against codes inserted so far
            int node = 0, cur = 0;
            for (int b = 29; b >= 0; b--) {
                int bit = (x >> b) & 1;
                if (nxt[node][bit ^ 1]) { cur |= 1 << b; node = nxt[node][bit ^ 1]; }
                else node = nxt[node][bit];
            }
            best = max(best, cur);
        }
        int node = 0;
        for (int b = 29; b >= 0; b--) {
            int bit = (x >> b) & 1;
            if (!nxt[node][bit]) nxt[node][bit] = cnt++;
            node = nxt[node][bit];
        }
    }
    printf("%d\n", best);
}
