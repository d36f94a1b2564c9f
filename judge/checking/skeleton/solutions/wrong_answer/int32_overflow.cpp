// A careless solution: the sum in 32 bits overflows on the large tests.
#include <cstdio>

int main() {
    int n, sum = 0;
    if (scanf("%d", &n) != 1) return 1;
    for (int i = 0; i < n; i++) {
        int value;
        if (scanf("%d", &value) != 1) return 1;
        sum += value;
    }
    printf("%d\n", sum);
}
