#include <bits/stdc++.h>
using namespace std;

int n, k;
string cur;
vector<string> out;

void go(int opened, int closed) {
    if ((int)out.size() >= k) return;
    if (closed == n) { out.push_back(cur); return; }
    if (opened < n) { cur.push_back('('); go(opened + 1, closed); cur.pop_back(); }
    if (closed < opened) { cur.push_back(')'); go(opened, closed + 1); cur.pop_back(); }
}

int main() {
    if (scanf("%d %d", &n, &k) != 2) return 0;
    go(0, 0);
    string s;
    for (auto &x : out) { s += x; s += '\n'; }
    fputs(s.c_str(), stdout);
}
