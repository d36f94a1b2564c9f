#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long take = 0, skip = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        long long nt = skip + x, ns = max(take, skip);
        take = nt; skip = ns;
    }
    printf("%lld\n", max(take, skip));
}
