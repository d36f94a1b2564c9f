#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> w(n);
    long long total = 0;
    for (auto &x : w) { scanf("%d", &x); total += x; }
    static bitset<500001> reach;  // bit s: some subset weighs exactly s (s <= 500000)
    reach[0] = 1;
    for (int x : w) reach |= reach << x;
    long long half = total / 2;
    long long best = half;
    while (!reach[best]) best--;
    printf("%lld\n", total - 2 * best);
}
