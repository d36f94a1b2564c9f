#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (!(cin >> n)) return 0;
    string s;
    if (n > 0) cin >> s;
    vector<char> st;
    st.reserve(s.size());
    for (char c : s) {
        if (c == '(' || c == '[' || c == '{') {
            st.push_back(c);
        } else {
            char want = c == ')' ? '(' : (c == ']' ? '[' : '{');
            if (st.empty() || st.back() != want) {
                puts("NO");
                return 0;
            }
            st.pop_back();
        }
    }
    puts(st.empty() ? "YES" : "NO");
    return 0;
}
