#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> st;
    st.reserve(n);
    static char tok[64];
    for (int i = 0; i < n; i++) {
        scanf("%63s", tok);
        if (tok[1] == '\0' && (tok[0] == '+' || tok[0] == '-' || tok[0] == '*' || tok[0] == '/')) {
            long long b = st.back(); st.pop_back();
            long long a = st.back(); st.pop_back();
            long long r;
            switch (tok[0]) {
                case '+': r = a + b; break;
                case '-': r = a - b; break;
                case '*': r = a * b; break;
                default: r = a / b; break;  // C++ truncates toward zero
            }
            st.push_back(r);
        } else {
            st.push_back(atoll(tok));
        }
    }
    printf("%lld\n", st.back());
    return 0;
}
