#include <bits/stdc++.h>
using namespace std;
// Online: the parent of a new key is its predecessor or successor among the keys
// already inserted, whichever is deeper (it is the one inserted later).
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    map<int, int> depthOf;
    string out;
    char buf[16];
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        int d = 0;
        auto it = depthOf.lower_bound(x);
        if (it != depthOf.end()) d = max(d, it->second + 1);
        if (it != depthOf.begin()) d = max(d, prev(it)->second + 1);
        depthOf.emplace_hint(it, x, d);
        if (i) out += ' ';
        out.append(buf, snprintf(buf, sizeof buf, "%d", d));
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
