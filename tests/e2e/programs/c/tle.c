#include <stdio.h>

int main(void) {
    long long a, b;
    if (scanf("%lld %lld", &a, &b) != 2) return 1;
    volatile unsigned long long x = 0;
    for (;;) x = x + 1;  /* volatile: the optimizer cannot remove the loop */
    printf("%lld\n", a + b);
    return 0;
}
