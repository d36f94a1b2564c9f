#include <bits/stdc++.h>
using namespace std;

int main() {
    const long long MOD = 1000000007LL;
    int n, amount;
    if (scanf("%d %d", &n, &amount) != 2) return 0;
    vector<long long> ways(amount + 1, 0);
    ways[0] = 1;
    for (int i = 0; i < n; i++) {
        int c;
        scanf("%d", &c);
        for (int s = c; s <= amount; s++) ways[s] = (ways[s] + ways[s - c]) % MOD;
    }
    printf("%lld\n", ways[amount]);
}
