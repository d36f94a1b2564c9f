#include <bits/stdc++.h>
using namespace std;
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    priority_queue<int, vector<int>, greater<int>> pq;
    string out;
    out.reserve(n * 11);
    char buf[16];
    for (int i = 0; i < n; i++) {
        int x;
        scanf("%d", &x);
        if ((int)pq.size() < k) pq.push(x);
        else if (x > pq.top()) { pq.pop(); pq.push(x); }
        int v = (int)pq.size() == k ? pq.top() : -1;
        int len = snprintf(buf, sizeof buf, "%d", v);
        if (i) out += ' ';
        out.append(buf, len);
    }
    out += '\n';
    fputs(out.c_str(), stdout);
    return 0;
}
