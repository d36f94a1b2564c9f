#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    volatile long long zero = 0;
    printf("%lld\n", (a + b) / zero);  /* SIGFPE */
    return 0;
}
