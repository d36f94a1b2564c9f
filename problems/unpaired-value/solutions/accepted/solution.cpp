#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    unsigned acc = 0;
    for (int i = 0; i < n; i++) { unsigned x; scanf("%u", &x); acc ^= x; }
    printf("%u\n", acc);
}
