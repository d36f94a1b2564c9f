#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, t;
    if (scanf("%d %d", &n, &t) != 2) return 0;
    vector<int> c(n);
    for (auto &x : c) scanf("%d", &x);
    const int INF = INT_MAX / 2;
    vector<int> best(t + 1, INF);
    best[0] = 0;
    for (int x : c)
        for (int v = x; v <= t; v++)
            if (best[v - x] + 1 < best[v]) best[v] = best[v - x] + 1;
    printf("%d\n", best[t] >= INF ? -1 : best[t]);
}
