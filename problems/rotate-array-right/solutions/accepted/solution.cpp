#include <bits/stdc++.h>
using namespace std;
int main() {
    int n; long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    int s = (int)(k % n);
    string out;
    out.reserve((size_t)n * 12);
    for (int i = 0; i < n; i++) {
        if (i) out += ' ';
        out += to_string(a[(i - s + n) % n]);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
