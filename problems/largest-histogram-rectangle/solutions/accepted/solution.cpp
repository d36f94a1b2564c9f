#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n + 1, 0);
    for (int i = 0; i < n; i++) scanf("%lld", &h[i]);
    vector<int> st;
    st.reserve(n + 1);
    long long best = 0;
    for (int i = 0; i <= n; i++) {
        while (!st.empty() && h[st.back()] >= h[i]) {
            int j = st.back();
            st.pop_back();
            int left = st.empty() ? 0 : st.back() + 1;
            best = max(best, h[j] * (long long)(i - left));
        }
        st.push_back(i);
    }
    printf("%lld\n", best);
    return 0;
}
