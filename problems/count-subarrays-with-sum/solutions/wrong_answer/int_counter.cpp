// Wrong: the counter is a 32-bit int and overflows when the answer is huge.
#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    unordered_map<long long, int> cnt;
    cnt.reserve(2 * (n + 1));
    cnt[0] = 1;
    long long s = 0;
    unsigned total = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        s += x;
        auto it = cnt.find(s - k);
        if (it != cnt.end()) total += it->second;
        cnt[s]++;
    }
    printf("%d\n", (int)total);
    return 0;
}
