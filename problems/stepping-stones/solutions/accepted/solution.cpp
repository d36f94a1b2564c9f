#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    long long far = 0;
    for (int i = 0; i < n; i++) {
        long long a;
        scanf("%lld", &a);
        if (i <= far) far = max(far, i + a);
    }
    puts(far >= n - 1 ? "YES" : "NO");
}
