#include <bits/stdc++.h>
using namespace std;
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    int m;
    cin >> m;
    vector<string> tok(m);
    for (auto& t : tok) cin >> t;
    int n = 0;
    for (auto& t : tok) if (t != "null") n++;
    vector<int> L(n, -1), R(n, -1);
    int cnt = 1, p = 1;
    for (int i = 0; i < n; i++) {
        if (p < m) { if (tok[p] != "null") L[i] = cnt++; p++; }
        if (p < m) { if (tok[p] != "null") R[i] = cnt++; p++; }
    }
    vector<int> h(n, 0);
    int best = 0;
    for (int i = n - 1; i >= 0; i--) {
        int hl = L[i] < 0 ? 0 : h[L[i]];
        int hr = R[i] < 0 ? 0 : h[R[i]];
        best = max(best, hl + hr);
        h[i] = max(hl, hr) + 1;
    }
    printf("%d\n", best);
    return 0;
}
