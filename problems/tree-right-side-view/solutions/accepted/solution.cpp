#include <bits/stdc++.h>
using namespace std;
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    static char buf[32];
    vector<int> depth;
    vector<long long> shown;
    depth.reserve(n);
    scanf("%s", buf);
    depth.push_back(0);
    shown.push_back(atoll(buf));
    for (size_t i = 0; i < depth.size(); i++) {
        int d = depth[i] + 1;
        for (int c = 0; c < 2; c++) {
            scanf("%s", buf);
            if (strcmp(buf, "null") == 0) continue;
            long long v = atoll(buf);
            depth.push_back(d);
            if ((size_t)d == shown.size()) shown.push_back(v); else shown[d] = v;
        }
    }
    string out;
    for (size_t i = 0; i < shown.size(); i++) {
        if (i) out += ' ';
        out += to_string(shown[i]);
    }
    puts(out.c_str());
}
