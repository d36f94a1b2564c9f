#include <bits/stdc++.h>
using namespace std;
static bool isPal(const string &s, int i, int j) {
    while (i < j) { if (s[i] != s[j]) return false; i++; j--; }
    return true;
}
int main() {
    string s;
    cin >> s;
    int i = 0, j = (int)s.size() - 1;
    while (i < j && s[i] == s[j]) { i++; j--; }
    bool ok = i >= j || isPal(s, i + 1, j) || isPal(s, i, j - 1);
    puts(ok ? "YES" : "NO");
}
