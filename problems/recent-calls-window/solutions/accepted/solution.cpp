#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long w;
    if (scanf("%d %lld", &n, &w) != 2) return 0;
    vector<long long> t(n);
    for (auto &x : t) scanf("%lld", &x);
    // queue realised with a head index over the array
    size_t head = 0;
    string out;
    for (int i = 0; i < n; i++) {
        while (t[head] < t[i] - w) head++;
        if (i) out += ' ';
        out += to_string(i + 1 - (long long)head);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
