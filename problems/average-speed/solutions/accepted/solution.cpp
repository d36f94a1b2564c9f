#include <cstdio>

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    long long total_d = 0, total_t = 0;
    for (int i = 0; i < n; i++) {
        long long d, t;
        if (scanf("%lld %lld", &d, &t) != 2) return 1;
        total_d += d;
        total_t += t;
    }
    printf("%.9f\n", (double)total_d / (double)total_t);
    return 0;
}
