// Wrong: keeps prefix sums in 32-bit ints, which overflow on large inputs.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> pre(n + 1, 0);
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        pre[i + 1] = (int)((unsigned)pre[i] + (unsigned)x);
    }
    for (int j = 0; j < q; j++) {
        int l, r;
        scanf("%d %d", &l, &r);
        printf("%d\n", (int)((unsigned)pre[r] - (unsigned)pre[l - 1]));
    }
    return 0;
}
