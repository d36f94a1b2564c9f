#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> nxt(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &nxt[i]);
    vector<char> seen(n + 1, 0);
    int cur = 1;
    while (cur != 0 && !seen[cur]) {
        seen[cur] = 1;
        cur = nxt[cur];
    }
    printf("%d\n", cur == 0 ? -1 : cur);
    return 0;
}
